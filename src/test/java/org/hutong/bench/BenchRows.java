package org.hutong.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;

import org.hutong.customers.naming.SearchKeys;
import org.hutong.customers.naming.SimilarKeys;

/**
 * Batched inserts of customers, their search keys and their follow-ups with explicit ids, the way the
 * app stores them (same columns, same derived name keys, search keys from the app's own
 * {@link SearchKeys}). Customers of a batch are written before its follow-ups, so the foreign keys
 * hold at every flush.
 */
final class BenchRows implements AutoCloseable {

	/** A customer row; {@code owner} null puts it in the pool. */
	record CustomerRow(long id, BenchCompanies.Company company, String creditCode, String level, String source,
			String status, String address, String phone, Long owner, String normalised, String pinyin,
			String initials, Instant lastFollowUp, LocalDate nextFollowUp, Instant created, Instant updated,
			long createdBy, Instant deleted) {
	}

	/** A follow-up row of a customer. */
	record FollowUpRow(long id, long customer, String type, String content, Instant occurred, LocalDate next,
			long author) {
	}

	private static final String CUSTOMER = """
			INSERT INTO customers_customer (id, tenant_id, name, short_name, credit_code, level, industry, source,
			  status, province_code, city_code, county_code, address, phone, owner_id, name_normalised, name_pinyin,
			  name_initials, last_follow_up_at, next_follow_up_on, created_at, updated_at, created_by, deleted_at, version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final String FOLLOW_UP = """
			INSERT INTO customers_follow_up (id, tenant_id, customer_id, type, content, occurred_at, next_follow_up_on,
			  author_id, created_at, version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final String SEARCH_KEY = """
			INSERT INTO customers_search_key (tenant_id, search_key, customer_id) VALUES (?, ?, ?)""";

	private final Connection connection;

	private final long tenant;

	private final PreparedStatement customers;

	private final PreparedStatement followUps;

	private final PreparedStatement searchKeys;

	BenchRows(Connection connection, long tenant) throws SQLException {
		this.connection = connection;
		this.tenant = tenant;
		this.customers = connection.prepareStatement(CUSTOMER);
		this.followUps = connection.prepareStatement(FOLLOW_UP);
		this.searchKeys = connection.prepareStatement(SEARCH_KEY);
	}

	void add(CustomerRow c) throws SQLException {
		int i = 1;
		customers.setLong(i++, c.id());
		customers.setLong(i++, tenant);
		customers.setString(i++, c.company().name());
		customers.setString(i++, c.company().shortName());
		customers.setString(i++, c.creditCode());
		customers.setString(i++, c.level());
		customers.setString(i++, c.company().industry());
		customers.setString(i++, c.source());
		customers.setString(i++, c.status());
		customers.setString(i++, c.company().province());
		customers.setString(i++, c.company().city());
		customers.setString(i++, c.company().county());
		customers.setString(i++, c.address());
		customers.setString(i++, c.phone());
		setLong(customers, i++, c.owner());
		customers.setString(i++, c.normalised());
		customers.setString(i++, c.pinyin());
		customers.setString(i++, c.initials());
		setTime(customers, i++, c.lastFollowUp());
		customers.setObject(i++, c.nextFollowUp(), Types.DATE);
		setTime(customers, i++, c.created());
		setTime(customers, i++, c.updated());
		customers.setLong(i++, c.createdBy());
		setTime(customers, i, c.deleted());
		customers.addBatch();
		Set<String> keys = new LinkedHashSet<>(SearchKeys.of(c.company().name(), c.company().shortName(), c.creditCode()));
		keys.addAll(SimilarKeys.of(c.company().name()));
		for (String key : keys) {
			searchKeys.setLong(1, tenant);
			searchKeys.setString(2, key);
			searchKeys.setLong(3, c.id());
			searchKeys.addBatch();
		}
	}

	void add(FollowUpRow f) throws SQLException {
		followUps.setLong(1, f.id());
		followUps.setLong(2, tenant);
		followUps.setLong(3, f.customer());
		followUps.setString(4, f.type());
		followUps.setString(5, f.content());
		setTime(followUps, 6, f.occurred());
		followUps.setObject(7, f.next(), Types.DATE);
		followUps.setLong(8, f.author());
		setTime(followUps, 9, f.occurred());
		followUps.addBatch();
	}

	/** Writes what was added, customers first; commits when asked. */
	void flush(boolean commit) throws SQLException {
		customers.executeBatch();
		searchKeys.executeBatch();
		followUps.executeBatch();
		if (commit) {
			connection.commit();
		}
	}

	@Override
	public void close() throws SQLException {
		customers.close();
		followUps.close();
		searchKeys.close();
	}

	private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.BIGINT);
		}
		else {
			statement.setLong(index, value);
		}
	}

	private static void setTime(PreparedStatement statement, int index, Instant value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
		}
		else {
			statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
		}
	}
}
