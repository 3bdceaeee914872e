package org.hutong.sales.quote;

import org.hutong.customers.CustomersMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Two customers were merged: the duplicate's quotes now belong to the survivor. Running it twice changes nothing. */
@Component
class MergedQuoteCustomers {

	private final JdbcClient jdbc;

	MergedQuoteCustomers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CustomersMerged event) {
		jdbc.sql("UPDATE sales_quote SET customer_id = :survivor WHERE tenant_id = :tenant AND customer_id = :merged")
			.param("survivor", event.survivorId())
			.param("tenant", event.tenantId())
			.param("merged", event.mergedId())
			.update();
	}
}
