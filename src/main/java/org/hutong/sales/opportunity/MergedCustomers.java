package org.hutong.sales.opportunity;

import org.hutong.customers.CustomersMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Two customers were merged: the duplicate's deals and their stage history now belong to the
 * survivor, as its contacts and follow-ups do. Running it twice changes nothing the second time.
 */
@Component
class MergedCustomers {

	private final JdbcClient jdbc;

	MergedCustomers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CustomersMerged event) {
		for (String table : new String[] { "sales_opportunity", "sales_stage_change" }) {
			jdbc.sql("UPDATE " + table + " SET customer_id = :survivor WHERE tenant_id = :tenant AND customer_id = :merged")
				.param("survivor", event.survivorId())
				.param("tenant", event.tenantId())
				.param("merged", event.mergedId())
				.update();
		}
	}
}
