package org.hutong.customers.customer;

/**
 * A recycle-bin action the customer's state does not allow (restoring over a live duplicate, purging
 * a customer that still has records, restoring a merged one): answered 409 with the message.
 */
public class CustomerRefused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	CustomerRefused(String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
