package org.hutong.tenancy;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way to run hand-written SQL against business tables. The statement must name the
 * {@code :tenantId} parameter, and the tenant is always bound, so a read model cannot forget it.
 */
@Component
public class TenantJdbc {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcOperations named;

	TenantJdbc(JdbcClient jdbc, NamedParameterJdbcOperations named) {
		this.jdbc = jdbc;
		this.named = named;
	}

	public JdbcClient.StatementSpec sql(long tenantId, String sql) {
		requireTenant(sql);
		return jdbc.sql(sql).param("tenantId", tenantId);
	}

	/** Same, for the tenant of the current unit of work. */
	public JdbcClient.StatementSpec sql(String sql) {
		return sql(TenantContext.require(), sql);
	}

	/**
	 * One statement for many rows in JDBC batches, each row with the tenant bound: thousands of rows
	 * one round trip each would be slow (JPA cannot batch inserts into identity columns).
	 */
	public int[] batch(long tenantId, String sql, List<Map<String, Object>> rows) {
		requireTenant(sql);
		MapSqlParameterSource[] batch = rows.stream()
			.map(row -> new MapSqlParameterSource(row).addValue("tenantId", tenantId))
			.toArray(MapSqlParameterSource[]::new);
		return named.batchUpdate(sql, batch);
	}

	private static void requireTenant(String sql) {
		if (!sql.contains(":tenantId")) {
			throw new IllegalArgumentException("tenant SQL must filter by :tenantId");
		}
	}
}
