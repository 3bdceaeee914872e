package org.hutong.customers.customer;

/** Only the owner releases a customer to the pool. */
public class NotTheOwner extends OwnershipRefused {

	NotTheOwner() {
		super("customer.ownership.notTheOwner");
	}
}
