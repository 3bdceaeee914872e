package org.hutong.customers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.hutong.tenancy.TenantJdbc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-ups a person wrote on customers in a span of time, oldest first, for other modules to
 * summarise (the feed's 日报 starts from the day's). Only live follow-ups of live customers; a lead's
 * follow-ups are left out until it becomes a customer.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpDigest {

	/** Not more than a day's work is summarised; a span with more gets its first ones. */
	static final int MOST = 50;

	private final TenantJdbc jdbc;

	FollowUpDigest(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/** The author's follow-ups that happened from {@code from} up to, not including, {@code to}. */
	public List<FollowUpLine> writtenBy(long authorId, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT f.customer_id, c.name, f.type, f.content, f.occurred_at FROM customers_follow_up f
				JOIN customers_customer c ON c.id = f.customer_id AND c.tenant_id = f.tenant_id
				WHERE f.tenant_id = :tenantId AND f.author_id = :authorId AND f.deleted_at IS NULL
				AND c.deleted_at IS NULL AND f.occurred_at >= :from AND f.occurred_at < :to
				ORDER BY f.occurred_at, f.id LIMIT :most""")
			.param("authorId", authorId)
			.param("most", MOST)
			.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.query((rs, row) -> new FollowUpLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class).toInstant()))
			.list();
	}
}
