package org.hutong.customers.customer;

/**
 * A claim, release or transfer the customer's state does not allow; {@link #messageKey()} says why
 * in words the user reads. Pages show it on the ownership panel, the API answers problem+json.
 */
public abstract class OwnershipRefused extends RuntimeException {

	private final String messageKey;

	private final Object[] messageArgs;

	OwnershipRefused(String messageKey) {
		this(messageKey, new Object[0]);
	}

	/** For refusals whose message names a number or a date (the pool's rules). */
	protected OwnershipRefused(String messageKey, Object... messageArgs) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.messageArgs = messageArgs.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] messageArgs() {
		return messageArgs.clone();
	}
}
