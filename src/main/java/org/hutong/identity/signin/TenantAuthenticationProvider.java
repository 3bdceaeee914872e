package org.hutong.identity.signin;

import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Signs in with enterprise code, username and password, inside that enterprise's tenant. */
@Component
class TenantAuthenticationProvider implements AuthenticationProvider {

	private final Tenants tenants;

	private final SignInAttempts attempts;

	TenantAuthenticationProvider(Tenants tenants, SignInAttempts attempts) {
		this.tenants = tenants;
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String code = authentication.getDetails() instanceof SignInDetails details ? details.tenantCode() : "";
		Tenant tenant = tenants.findByCode(code).orElseThrow(() -> new BadCredentialsException("unknown tenant"));
		if (!tenant.isActive()) {
			throw new TenantSuspended();
		}
		String username = String.valueOf(authentication.getName()).strip();
		String password = String.valueOf(authentication.getCredentials());
		SignedInUser user = TenantContext.callAs(tenant.getId(), () -> attempts.attempt(tenant, username, password));
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		result.setDetails(authentication.getDetails());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
