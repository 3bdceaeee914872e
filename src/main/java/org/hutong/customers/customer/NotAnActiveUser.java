package org.hutong.customers.customer;

/** A customer can only be transferred to an active user of the same enterprise. */
public class NotAnActiveUser extends OwnershipRefused {

	NotAnActiveUser() {
		super("customer.ownership.notAnActiveUser");
	}
}
