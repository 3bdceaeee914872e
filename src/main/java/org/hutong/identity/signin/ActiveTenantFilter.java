package org.hutong.identity.signin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.Tenants;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.CompositeLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an employee out on their next page request once the platform operator has suspended their
 * enterprise, so a session (or remember-me cookie) made before the suspension does not outlive it.
 * Costs one look-up of the enterprise by id per signed-in request. The API checks the same in
 * {@code BearerTokenFilter}.
 */
class ActiveTenantFilter extends OncePerRequestFilter {

	private final Tenants tenants;

	private final LogoutHandler signOut;

	ActiveTenantFilter(Tenants tenants, LogoutHandler rememberMe) {
		this.tenants = tenants;
		this.signOut = new CompositeLogoutHandler(new SecurityContextLogoutHandler(), rememberMe);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof SignedInUser user && isSuspended(user)) {
			signOut.logout(request, response, auth);
			String target = request.getContextPath() + "/login?error=suspended&tenant=" + user.tenantCode();
			if ("true".equals(request.getHeader("HX-Request"))) {
				response.setHeader("HX-Redirect", target);
				response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			}
			else {
				response.sendRedirect(target);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean isSuspended(SignedInUser user) {
		return !tenants.findById(user.tenantId()).map(Tenant::isActive).orElse(false);
	}
}
