package org.hutong.identity.user;

import jakarta.validation.constraints.NotBlank;

import org.hutong.identity.PasswordPolicy;

/** A new password an administrator sets for a user. */
record PasswordForm(@NotBlank(message = "{admin.required}") @PasswordPolicy String password) {

	static PasswordForm blank() {
		return new PasswordForm(null);
	}
}
