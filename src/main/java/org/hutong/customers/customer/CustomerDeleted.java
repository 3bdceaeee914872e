package org.hutong.customers.customer;

/** The customer is in the recycle bin: it can be neither changed nor shared. */
public class CustomerDeleted extends RuntimeException {

	CustomerDeleted() {
		super("customer deleted", null, false, false);
	}
}
