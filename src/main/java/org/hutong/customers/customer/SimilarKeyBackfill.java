package org.hutong.customers.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.hutong.customers.naming.SimilarKeys;
import org.springframework.stereotype.Component;

/**
 * Migration 32: the similar-name keys ({@link SimilarKeys}) of every customer saved before the
 * duplicate check looked them up, added to its search keys, so old and new customers are warned about
 * alike. Deleted customers too: a restored one keeps its keys. Like {@link SearchKeyBackfill} it reads
 * customers in id order a chunk at a time inside Flyway's transaction, before anyone is served.
 */
@Component
class SimilarKeyBackfill implements JavaMigration {

	private static final int CHUNK = 2_000;

	private static final String READ = "select id, tenant_id, name from customers_customer where id > ? order by id";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("32");
	}

	@Override
	public String getDescription() {
		return "customers similar name keys";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		long after = 0;
		List<Object[]> rows = new ArrayList<>();
		try (PreparedStatement read = connection.prepareStatement(READ);
				SearchKeyBackfill.KeyInserts inserts = new SearchKeyBackfill.KeyInserts(connection)) {
			read.setMaxRows(CHUNK);
			do {
				rows.clear();
				read.setLong(1, after);
				try (ResultSet customers = read.executeQuery()) {
					while (customers.next()) {
						rows.add(new Object[] { customers.getLong(1), customers.getLong(2), customers.getString(3) });
					}
				}
				for (Object[] row : rows) {
					for (String key : SimilarKeys.of((String) row[2])) {
						inserts.add((Long) row[1], key, (Long) row[0]);
					}
					after = (Long) row[0];
				}
				inserts.flush();
			}
			while (rows.size() == CHUNK);
		}
	}
}
