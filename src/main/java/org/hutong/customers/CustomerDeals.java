package org.hutong.customers;

import java.time.Instant;

import org.hutong.customers.customer.CustomerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What sales tells customers about deals: a won deal makes the customer 成交 and restarts the 公海
 * rule "M days without a won deal". Sales calls it; customers never learns about opportunities.
 */
@Service
@Transactional
public class CustomerDeals {

	private final CustomerRepository customers;

	CustomerDeals(CustomerRepository customers) {
		this.customers = customers;
	}

	/** Records a won deal on a live customer of the current enterprise; a deleted one is left alone. */
	public void won(CustomerId customer, Instant at) {
		customers.findByIdAndDeletedAtIsNull(customer.value()).ifPresent(found -> found.recordWon(at));
	}
}
