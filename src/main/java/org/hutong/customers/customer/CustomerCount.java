package org.hutong.customers.customer;

import jakarta.persistence.EntityManager;

import org.hutong.shared.CappedCount;
import org.springframework.stereotype.Component;

/** The customer list's counts, one per node so that every request shares its cache of list sizes. */
@Component
class CustomerCount extends CappedCount<Customer> {

	CustomerCount(EntityManager entities) {
		super(entities, Customer.class);
	}
}
