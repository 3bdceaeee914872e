package org.hutong.customers.customer;

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
import org.hutong.customers.naming.SearchKeys;
import org.springframework.stereotype.Component;

/**
 * Migration 15.1: the search keys of every customer that existed before the index (V15 made the
 * table, 15.2 indexes it once it is filled), computed by the same {@link SearchKeys} as every later write, so old and new customers are
 * found alike. It runs inside Flyway's transaction before the application serves anyone: a search
 * never sees a half-filled index, and a failed run leaves nothing behind (ADR 0017). Customers are
 * read in id order a chunk at a time, so memory stays flat however many there are; it spans every
 * enterprise, which is why it uses the migration's connection rather than {@code TenantJdbc}.
 * <p>
 * A Spring bean rather than a class under {@code db/migration}: Spring Boot hands JavaMigration beans
 * to Flyway, which works the same from the packaged jar and keeps the code in its module.
 */
@Component
class SearchKeyBackfill implements JavaMigration {

	private static final int CHUNK = 2_000;

	/** Key rows per INSERT statement: multi-row VALUES, which both databases accept, cut round trips. */
	private static final int ROWS_PER_INSERT = 250;

	private static final String READ = "select id, tenant_id, name, short_name, credit_code from customers_customer"
			+ " where id > ? order by id";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("15.1");
	}

	@Override
	public String getDescription() {
		return "customers search key backfill";
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
		byteOrder(connection);
		long after = 0;
		List<Object[]> rows = new ArrayList<>();
		try (PreparedStatement read = connection.prepareStatement(READ);
				KeyInserts inserts = new KeyInserts(connection)) {
			read.setMaxRows(CHUNK);
			do {
				rows.clear();
				read.setLong(1, after);
				try (ResultSet customers = read.executeQuery()) {
					while (customers.next()) {
						rows.add(new Object[] { customers.getLong(1), customers.getLong(2), customers.getString(3),
								customers.getString(4), customers.getString(5) });
					}
				}
				for (Object[] row : rows) {
					for (String key : SearchKeys.of((String) row[2], (String) row[3], (String) row[4])) {
						inserts.add((Long) row[1], key, (Long) row[0]);
					}
					after = (Long) row[0];
				}
				inserts.flush();
			}
			while (rows.size() == CHUNK);
		}
		sharpenStatistics(connection);
	}

	/**
	 * PostgreSQL only: the keys compare byte by byte ({@code COLLATE "C"}, which for UTF-8 is code-point
	 * order), whatever the database's own collation. The lookup's range {@code >= p AND < p || U+FFFF}
	 * is "starts with p" only in that order; under a natural-language collation ({@code zh_CN.UTF-8},
	 * {@code en_US.UTF-8}) it is not. H2 compares by code point already. Done on the empty table.
	 */
	private static void byteOrder(Connection connection) throws SQLException {
		if (isPostgres(connection)) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("alter table customers_search_key alter column search_key type varchar(20) collate \"C\"");
			}
		}
	}

	private static boolean isPostgres(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
	}

	/**
	 * PostgreSQL only (H2 has no such setting): a finer histogram of the keys, analysed now. PostgreSQL
	 * estimates a range inside one histogram bucket by interpolating the bytes of its bounds, which
	 * makes any two-hanzi prefix look rare; with the default 100 buckets (350,000 keys each at a million
	 * customers) 电力 was estimated at 1 key instead of 75,000 and its first page took 0.7 s instead of 1 ms.
	 * 1,000 buckets let a keyword's real frequency show; analysing here means the first searches
	 * after the upgrade are planned with it rather than with no statistics at all.
	 */
	private static void sharpenStatistics(Connection connection) throws SQLException {
		if (!isPostgres(connection)) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter table customers_search_key alter column search_key set statistics 1000");
			statement.execute("analyze customers_search_key");
		}
	}

	/** Key rows gathered into multi-row INSERTs of {@link #ROWS_PER_INSERT}; the rest one row at a time. */
	static final class KeyInserts implements AutoCloseable {

		private final Connection connection;

		private final PreparedStatement many;

		private final List<Object[]> pending = new ArrayList<>();

		KeyInserts(Connection connection) throws SQLException {
			this.connection = connection;
			this.many = connection.prepareStatement(insert(ROWS_PER_INSERT));
		}

		void add(long tenantId, String key, long customerId) throws SQLException {
			pending.add(new Object[] { tenantId, key, customerId });
			if (pending.size() == ROWS_PER_INSERT) {
				bind(many, pending);
				many.addBatch();
				pending.clear();
			}
		}

		/** Sends everything gathered. */
		void flush() throws SQLException {
			many.executeBatch();
			if (pending.isEmpty()) {
				return;
			}
			try (PreparedStatement rest = connection.prepareStatement(insert(pending.size()))) {
				bind(rest, pending);
				rest.executeUpdate();
			}
			pending.clear();
		}

		@Override
		public void close() throws SQLException {
			many.close();
		}

		private static void bind(PreparedStatement statement, List<Object[]> rows) throws SQLException {
			int i = 1;
			for (Object[] row : rows) {
				statement.setLong(i++, (Long) row[0]);
				statement.setString(i++, (String) row[1]);
				statement.setLong(i++, (Long) row[2]);
			}
		}

		static String insert(int rows) {
			StringBuilder sql = new StringBuilder("insert into customers_search_key (tenant_id, search_key, customer_id) values ");
			for (int i = 0; i < rows; i++) {
				sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
			}
			return sql.toString();
		}
	}
}
