package org.hutong.customers.customer;

/** A customer in the public pool has no owner to release or transfer it. */
public class CustomerInPool extends OwnershipRefused {

	CustomerInPool() {
		super("customer.ownership.inPool");
	}
}
