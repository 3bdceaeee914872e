package org.hutong.platform.signin;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;

/**
 * The principal of a signed-in platform operator. Deliberately not a
 * {@link org.hutong.tenancy.TenantPrincipal}: an operator acts for no enterprise, so the tenant filter
 * sets no tenant and Hibernate shows no business rows.
 */
public record Operator(String username) implements Principal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The one authority of the operator realm. */
	public static final String AUTHORITY = "PLATFORM_OPERATOR";

	@Override
	public String getName() {
		return username;
	}
}
