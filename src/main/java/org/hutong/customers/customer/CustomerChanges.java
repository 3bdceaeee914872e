package org.hutong.customers.customer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hutong.customers.region.Regions;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.stereotype.Component;

/**
 * 修改记录 as it is written: diffs a customer before and after a create or an update and keeps one row
 * per changed field, in the caller's transaction ({@link CustomerHistory} reads them). The status is
 * kept by code, options (level, industry, source) by code, the region by its name.
 */
@Component
public class CustomerChanges {

	private static final String INSERT = "insert into customers_change"
			+ " (tenant_id, customer_id, actor_id, occurred_at, field, old_value, new_value)"
			+ " values (:tenantId, :customerId, :actorId, :at, :field, :old, :new)";

	private final Regions regions;

	private final TenantJdbc jdbc;

	CustomerChanges(Regions regions, TenantJdbc jdbc) {
		this.regions = regions;
		this.jdbc = jdbc;
	}

	/** The recorded fields of a customer as the history shows them, in form order. */
	Map<String, String> snapshot(Customer customer) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", customer.getName());
		values.put("shortName", customer.getShortName());
		values.put("creditCode", customer.getCreditCode());
		values.put("level", customer.getLevel());
		values.put("industry", customer.getIndustry());
		values.put("source", customer.getSource());
		values.put("status", code(customer.getStatus()));
		values.put("region", region(customer));
		values.put("address", customer.getLocation().getAddress());
		values.put("phone", customer.getPhone());
		values.put("website", customer.getWebsite());
		values.put("remarks", customer.getRemarks());
		return values;
	}

	/**
	 * A new customer: one row saying it was created (with its name), not one "(空) → …" row for each
	 * field it starts with; what it started with is on its page.
	 */
	void created(long actorId, Customer customer, Instant at) {
		jdbc.batch(customer.getTenantId(), INSERT,
				List.of(row(customer, actorId, at, CustomerChange.CREATED, null, customer.getName())));
	}

	/** 合并: one row on the survivor naming the customer merged into it. */
	void merged(long actorId, Customer survivor, String mergedName, Instant at) {
		jdbc.batch(survivor.getTenantId(), INSERT, List.of(row(survivor, actorId, at, "merged", null, mergedName)));
	}

	/**
	 * One row for each field whose value differs from {@code before}, all in one JDBC batch: JPA sends
	 * one statement per row, as it cannot batch inserts into an identity column.
	 */
	void changed(long actorId, Customer customer, Map<String, String> before, Instant at) {
		List<Map<String, Object>> rows = new ArrayList<>();
		snapshot(customer).forEach((field, value) -> {
			String old = before.get(field);
			if (!Objects.equals(old, value)) {
				rows.add(row(customer, actorId, at, field, old, value));
			}
		});
		if (!rows.isEmpty()) {
			jdbc.batch(customer.getTenantId(), INSERT, rows);
		}
	}

	/** The parameters of one row; a map, as the old and the new value may be {@code null}. */
	private static Map<String, Object> row(Customer customer, long actorId, Instant at, String field, String old,
			String value) {
		Map<String, Object> row = new HashMap<>();
		row.put("customerId", customer.getId());
		row.put("actorId", actorId);
		row.put("at", Timestamp.from(Customer.micros(at)));
		row.put("field", field);
		row.put("old", old);
		row.put("new", value);
		return row;
	}

	private String region(Customer customer) {
		String code = customer.getLocation().mostPrecise();
		return code == null ? null : regions.fullName(code).orElse(code);
	}

	private static String code(Enum<?> value) {
		return value == null ? null : value.name();
	}
}
