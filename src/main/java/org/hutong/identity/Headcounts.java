package org.hutong.identity;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many user accounts each enterprise has, for the platform operator's list of enterprises.
 * This is the one cross-tenant read of identity's data, and it answers counts only: one aggregate
 * query over all enterprises, never a user row, name or any other business data. That is why it may
 * skip {@link org.hutong.tenancy.TenantJdbc}, which binds a single tenant.
 */
@Service
public class Headcounts {

	private final JdbcClient jdbc;

	Headcounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Accounts of any status per tenant id; an enterprise without users is absent. */
	public Map<Long, Long> usersPerTenant() {
		return jdbc.sql("SELECT tenant_id, COUNT(*) FROM identity_user GROUP BY tenant_id")
			.query((row, number) -> Map.entry(row.getLong(1), row.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
