package org.hutong.customers.customer;

/** Only a customer in the public pool (公海) can be claimed; someone owns this one. */
public class CustomerNotInPool extends OwnershipRefused {

	CustomerNotInPool() {
		super("customer.ownership.notInPool");
	}
}
