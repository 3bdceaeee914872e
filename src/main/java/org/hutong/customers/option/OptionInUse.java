package org.hutong.customers.option;

/** An option that customers or leads carry (in the recycle bin too) cannot be deleted; deactivate it instead. */
public class OptionInUse extends RuntimeException {

	private final long uses;

	OptionInUse(long uses) {
		super("option carried by " + uses + " records");
		this.uses = uses;
	}

	public long uses() {
		return uses;
	}
}
