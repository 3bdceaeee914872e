package org.hutong.sales.collection;

/**
 * Terms that fail their check were asked for a payment plan. The contract module checks before it
 * saves, so reaching this is a bug; the check rides along for the log.
 */
public class PaymentTermsInvalid extends RuntimeException {

	private final transient TermCheck check;

	PaymentTermsInvalid(TermCheck check) {
		super("payment terms invalid: " + check.problems());
		this.check = check;
	}

	public TermCheck check() {
		return check;
	}
}
