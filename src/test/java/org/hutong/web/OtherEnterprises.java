package org.hutong.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the corpus must leave alone, counted: the rows of every enterprise but its own in every
 * table with a {@code tenant_id}, the enterprises themselves, and the files outside its folders.
 */
record OtherEnterprises(Map<String, Long> rows, long files) {

	static OtherEnterprises snapshot(JdbcTemplate jdbc, String dataDir, long own) throws IOException {
		Map<String, Long> rows = new TreeMap<>();
		List<String> tables = jdbc.queryForList("SELECT DISTINCT LOWER(table_name) FROM information_schema.columns"
				+ " WHERE LOWER(column_name) = 'tenant_id' AND LOWER(table_schema) = 'public'", String.class);
		for (String table : tables) {
			rows.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE tenant_id <> ?", Long.class, own));
		}
		rows.put("tenancy_tenant", jdbc.queryForObject("SELECT COUNT(*) FROM tenancy_tenant", Long.class));
		return new OtherEnterprises(rows, files(Path.of(dataDir), own));
	}

	private static long files(Path root, long own) throws IOException {
		if (!Files.isDirectory(root)) {
			return 0;
		}
		String mine = String.valueOf(own);
		try (Stream<Path> all = Files.walk(root)) {
			return all.filter(Files::isRegularFile)
				.filter(path -> !root.relativize(path).toString().contains("/" + mine + "/"))
				.filter(path -> !path.getFileName().toString().startsWith("hutong."))
				.count();
		}
	}
}
