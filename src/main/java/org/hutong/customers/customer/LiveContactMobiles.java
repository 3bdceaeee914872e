package org.hutong.customers.customer;

import java.util.Optional;

import org.hutong.tenancy.TenantJdbc;
import org.springframework.stereotype.Component;

/**
 * Keeps the live mobiles of a customer's contacts (the column behind the database's rule that a
 * mobile is one live contact's, V26) in step with the customer: recycling frees them, restoring
 * takes them back.
 */
@Component
class LiveContactMobiles {

	private final TenantJdbc jdbc;

	LiveContactMobiles(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	void release(long customerId) {
		jdbc.sql("update customers_contact set live_mobile = null where tenant_id = :tenantId and customer_id = :id")
			.param("id", customerId)
			.update();
	}

	/** The id of a live customer whose contact already has one of this recycled customer's mobiles. */
	Optional<Long> clash(long customerId) {
		return jdbc.sql("select o.customer_id from customers_contact c join customers_contact o"
				+ " on o.tenant_id = c.tenant_id and o.live_mobile = c.mobile"
				+ " where c.tenant_id = :tenantId and c.customer_id = :id and c.deleted_at is null"
				+ " and o.tenant_id = :tenantId order by o.id limit 1")
			.param("id", customerId)
			.query(Long.class)
			.optional();
	}

	void reclaim(long customerId) {
		jdbc.sql("update customers_contact set live_mobile = mobile"
				+ " where tenant_id = :tenantId and customer_id = :id and deleted_at is null")
			.param("id", customerId)
			.update();
	}
}
