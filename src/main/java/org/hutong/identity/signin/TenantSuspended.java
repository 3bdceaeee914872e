package org.hutong.identity.signin;

import java.io.Serial;

import org.springframework.security.authentication.AccountStatusException;

/** The enterprise is suspended by the platform operator, so none of its users may sign in. */
class TenantSuspended extends AccountStatusException {

	@Serial
	private static final long serialVersionUID = 1L;

	TenantSuspended() {
		super("tenant suspended");
	}
}
