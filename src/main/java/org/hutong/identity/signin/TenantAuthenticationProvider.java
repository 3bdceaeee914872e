package org.hutong.identity.signin;

import org.hutong.identity.AccessChanges;
import org.hutong.identity.SignInFailures;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Signs in with enterprise code, username and password, inside that enterprise's tenant. A suspended
 * enterprise is only named after a right password (see {@link SignInAttempts}).
 */
@Component
class TenantAuthenticationProvider implements AuthenticationProvider {

	private final Tenants tenants;

	private final SignInAttempts attempts;

	private final SignInFailures failures;

	private final AccessChanges changes;

	TenantAuthenticationProvider(Tenants tenants, SignInAttempts attempts, SignInFailures failures,
			AccessChanges changes) {
		this.changes = changes;
		this.failures = failures;
		this.tenants = tenants;
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String code = authentication.getDetails() instanceof SignInDetails details ? details.tenantCode() : "";
		String username = String.valueOf(authentication.getName()).strip();
		String password = String.valueOf(authentication.getCredentials());
		Tenant tenant = tenants.findByCode(code).orElse(null);
		if (tenant == null) {
			throw unknownEnterprise(code, username);
		}
		SignedInUser user = signIn(tenant, username, password);
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		result.setDetails(authentication.getDetails());
		return result;
	}

	private SignedInUser signIn(Tenant tenant, String username, String password) {
		try {
			return TenantContext.callAs(tenant.getId(), () -> attempts.attempt(tenant, username, password));
		}
		catch (LockedException locked) {
			// this attempt may have locked the account (committed by now): the user's other sessions
			// and tokens must be refused from their next request on
			changes.enterpriseChanged(tenant.getId());
			throw locked;
		}
	}

	/** An enterprise code nobody has: counted like an unknown name, so it locks the same way. */
	private AuthenticationException unknownEnterprise(String code, String username) {
		String realm = SignInFailures.enterprise(code);
		if (failures.isLocked(realm, username) || failures.failed(realm, username)) {
			return new LockedException("locked");
		}
		return new BadCredentialsException("unknown tenant");
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
