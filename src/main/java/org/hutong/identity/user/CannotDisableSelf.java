package org.hutong.identity.user;

/** An administrator may not disable their own account: the enterprise would risk losing its last one. */
class CannotDisableSelf extends RuntimeException {

	CannotDisableSelf() {
		super("cannot disable self", null, false, false);
	}
}
