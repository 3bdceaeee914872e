package org.hutong.customers.customer;

/** A customer cannot be transferred to the user who already owns it. */
public class AlreadyTheOwner extends OwnershipRefused {

	AlreadyTheOwner() {
		super("customer.ownership.alreadyTheOwner");
	}
}
