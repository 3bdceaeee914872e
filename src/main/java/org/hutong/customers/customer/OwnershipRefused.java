package org.hutong.customers.customer;

/**
 * A claim, release or transfer the customer's state does not allow; {@link #messageKey()} says why
 * in words the user reads. Pages show it on the ownership panel, the API answers problem+json.
 */
public abstract class OwnershipRefused extends RuntimeException {

	private final String messageKey;

	OwnershipRefused(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
