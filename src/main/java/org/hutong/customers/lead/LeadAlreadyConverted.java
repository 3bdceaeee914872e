package org.hutong.customers.lead;

/** The lead became a customer: it is read-only now, and cannot be converted twice. */
public class LeadAlreadyConverted extends RuntimeException {

	LeadAlreadyConverted() {
		super("lead already converted", null, false, false);
	}
}
