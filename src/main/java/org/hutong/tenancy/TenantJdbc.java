package org.hutong.tenancy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way to run hand-written SQL against business tables. The statement must name the
 * {@code :tenantId} parameter, and the tenant is always bound, so a read model cannot forget it.
 */
@Component
public class TenantJdbc {

	private final JdbcClient jdbc;

	TenantJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public JdbcClient.StatementSpec sql(long tenantId, String sql) {
		if (!sql.contains(":tenantId")) {
			throw new IllegalArgumentException("tenant SQL must filter by :tenantId");
		}
		return jdbc.sql(sql).param("tenantId", tenantId);
	}

	/** Same, for the tenant of the current unit of work. */
	public JdbcClient.StatementSpec sql(String sql) {
		return sql(TenantContext.require(), sql);
	}
}
