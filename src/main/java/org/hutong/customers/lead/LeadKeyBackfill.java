package org.hutong.customers.lead;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 34.1: the search keys of every lead that existed before the index (V34 made the table,
 * 34.2 indexes it once it is filled), computed by the same {@link LeadKeys#of} as every later write, so
 * old and new leads are found alike; deleted leads too, as later deletes keep theirs. Java because the
 * keys need pinyin. Like the customers' {@code SearchKeyBackfill} it runs inside Flyway's transaction
 * before anyone is served, so a search never sees a half-filled index, and reads leads in id order a
 * chunk at a time across every enterprise, hence the migration's connection rather than {@code TenantJdbc}.
 */
@Component
class LeadKeyBackfill implements JavaMigration {

	private static final int CHUNK = 2_000;

	private static final String READ = "select id, tenant_id, company_name, mobile from customers_lead where id > ? order by id";

	private static final String INSERT = "insert into customers_lead_search_key (tenant_id, search_key, lead_id) values (?, ?, ?)";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("34.1");
	}

	@Override
	public String getDescription() {
		return "customers lead search key backfill";
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
		boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		if (postgres) {
			// byte order (code-point order for UTF-8), so the lookup's range is "starts with" whatever
			// the database's collation (ADR 0017); H2 compares by code point already
			execute(connection, "alter table customers_lead_search_key alter column search_key type varchar(20) collate \"C\"");
		}
		long after = 0;
		List<Object[]> rows = new ArrayList<>();
		try (PreparedStatement read = connection.prepareStatement(READ);
				PreparedStatement insert = connection.prepareStatement(INSERT)) {
			read.setMaxRows(CHUNK);
			do {
				rows.clear();
				read.setLong(1, after);
				try (ResultSet leads = read.executeQuery()) {
					while (leads.next()) {
						rows.add(new Object[] { leads.getLong(1), leads.getLong(2), leads.getString(3), leads.getString(4) });
					}
				}
				for (Object[] row : rows) {
					for (String key : LeadKeys.of((String) row[2], (String) row[3])) {
						insert.setLong(1, (Long) row[1]);
						insert.setString(2, key);
						insert.setLong(3, (Long) row[0]);
						insert.addBatch();
					}
					after = (Long) row[0];
				}
				// one JDBC batch a chunk: leads are far fewer than customers, so no multi-row VALUES
				insert.executeBatch();
			}
			while (rows.size() == CHUNK);
		}
		if (postgres) {
			// a finer histogram, analysed now: with the default one every two-hanzi prefix looks rare (ADR 0017)
			execute(connection, "alter table customers_lead_search_key alter column search_key set statistics 1000");
			execute(connection, "analyze customers_lead_search_key");
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
