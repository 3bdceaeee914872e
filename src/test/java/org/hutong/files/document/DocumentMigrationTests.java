package org.hutong.files.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V77 moves the contracts' documents and their versions into the shared tables: subject kind
 * {@code contract} and the contract's id, title, who and when and the soft delete kept, each
 * version under its own document with its number, file key and note; the sales tables are gone.
 * Run on a fresh in-memory database migrated to V76 first, the enterprises and legacy rows written straight.
 */
class DocumentMigrationTests {

	@Test
	void theContractDocumentsMoveWithTheirVersions() {
		DriverManagerDataSource db = new DriverManagerDataSource(
				"jdbc:h2:mem:documents-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		Flyway.configure().dataSource(db).locations("classpath:db/migration").target("76").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(db);
		for (long tenant : new long[] { 1, 2 }) {
			jdbc.update("INSERT INTO tenancy_tenant (id, code, name, status, time_zone, created_at) "
					+ "VALUES (?, ?, ?, 'ACTIVE', 'Asia/Shanghai', CURRENT_TIMESTAMP)", tenant, "t" + tenant, "企业 " + tenant);
		}
		// the legacy rows only: their contracts are not what is tested
		jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");
		jdbc.update("INSERT INTO sales_contract_document (id, tenant_id, contract_id, title, created_by, created_at) "
				+ "VALUES (501, 1, 900, '合同扫描件', 7, TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+08:00')");
		jdbc.update("INSERT INTO sales_contract_document (id, tenant_id, contract_id, title, created_by, created_at, deleted_by, "
				+ "deleted_at) VALUES (502, 1, 900, '作废的', 7, TIMESTAMP WITH TIME ZONE '2026-11-02 09:00:00+08:00', 8, "
				+ "TIMESTAMP WITH TIME ZONE '2026-11-03 09:00:00+08:00')");
		jdbc.update("INSERT INTO sales_contract_document (id, tenant_id, contract_id, title, created_by, created_at) "
				+ "VALUES (503, 2, 901, '技术协议', 9, TIMESTAMP WITH TIME ZONE '2026-11-04 09:00:00+08:00')");
		version(jdbc, 601, 1, 501, 1, "1/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "双方签字页");
		version(jdbc, 602, 1, 501, 2, "1/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "补盖公章");
		version(jdbc, 603, 1, 502, 1, "1/cccccccccccccccccccccccccccccccc", null);
		version(jdbc, 604, 2, 503, 1, "2/dddddddddddddddddddddddddddddddd", null);
		jdbc.execute("SET REFERENTIAL_INTEGRITY TRUE");

		Flyway.configure().dataSource(db).locations("classpath:db/migration").target("77").load().migrate();

		List<Map<String, Object>> documents = jdbc.queryForList(
				"SELECT id, tenant_id, subject_kind, subject_id, title, created_by, deleted_by FROM files_document ORDER BY id");
		assertThat(documents).extracting(d -> d.get("title")).containsExactly("合同扫描件", "作废的", "技术协议");
		assertThat(documents).extracting(d -> d.get("subject_kind")).containsOnly("contract");
		assertThat(documents).extracting(d -> ((Number) d.get("subject_id")).longValue()).containsExactly(900L, 900L, 901L);
		assertThat(documents).extracting(d -> ((Number) d.get("tenant_id")).longValue()).containsExactly(1L, 1L, 2L);
		assertThat(documents.get(1).get("deleted_by")).isNotNull();
		assertThat(documents.get(0).get("deleted_by")).isNull();
		List<Map<String, Object>> versions = jdbc.queryForList("""
				SELECT d.title, v.number, v.file_key, v.note, v.tenant_id FROM files_document_version v
				JOIN files_document d ON d.id = v.document_id ORDER BY d.id, v.number""");
		assertThat(versions).extracting(v -> v.get("title") + " " + v.get("number") + " " + v.get("file_key") + " " + v.get("note"))
			.containsExactly("合同扫描件 1 1/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 双方签字页",
					"合同扫描件 2 1/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb 补盖公章", "作废的 1 1/cccccccccccccccccccccccccccccccc null",
					"技术协议 1 2/dddddddddddddddddddddddddddddddd null");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE 'sales_contract_document%'",
				Long.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'files_document' "
				+ "AND column_name = 'legacy_id'", Long.class)).isZero();
		// new documents get ids after the moved ones
		jdbc.update("INSERT INTO files_document (tenant_id, subject_kind, subject_id, title, created_by, created_at) "
				+ "VALUES (1, 'deliverable', 1, '新', 1, CURRENT_TIMESTAMP)");
		assertThat(jdbc.queryForObject("SELECT MAX(id) FROM files_document", Long.class)).isEqualTo(4);
		jdbc.execute("SHUTDOWN");
	}

	private static void version(JdbcTemplate jdbc, long id, long tenant, long document, int number, String key, String note) {
		jdbc.update("INSERT INTO sales_contract_document_version (id, tenant_id, document_id, number, file_name, file_key, "
				+ "file_type, size, note, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, 'PDF', 100, ?, 7, CURRENT_TIMESTAMP)",
				id, tenant, document, number, "f" + number + ".pdf", key, note);
	}
}
