package org.hutong.identity.role;

/** The built-in administrator role, or a role users still hold, stays; the key says which. */
class RoleNotDeletable extends RuntimeException {

	private final String messageKey;

	RoleNotDeletable(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}
}
