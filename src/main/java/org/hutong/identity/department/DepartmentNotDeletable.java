package org.hutong.identity.department;

/** A department that still has sub-departments or members cannot be deleted; the key says which. */
class DepartmentNotDeletable extends RuntimeException {

	private final String messageKey;

	DepartmentNotDeletable(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}
}
