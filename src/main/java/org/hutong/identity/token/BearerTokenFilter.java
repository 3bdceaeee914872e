package org.hutong.identity.token;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.identity.signin.SignedInUsers;
import org.hutong.identity.user.UserRepository;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer hut_…} on the API as the token's user, with that
 * user's current permissions. A bad token leaves the request anonymous, which the API answers 401;
 * so does a good token of a disabled or locked-out user (for as long as the lock lasts), or of a
 * suspended enterprise.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

	private final Tenants tenants;

	private final ApiTokens tokens;

	private final UserRepository users;

	private final SignedInUsers principals;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public BearerTokenFilter(Tenants tenants, ApiTokens tokens, UserRepository users, SignedInUsers principals,
			TransactionTemplate transactions, Clock clock) {
		this.clock = clock;
		this.tenants = tenants;
		this.tokens = tokens;
		this.users = users;
		this.principals = principals;
		this.transactions = transactions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			authenticate(header.substring(7).strip()).ifPresent(user -> {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
				SecurityContextHolder.setContext(context);
			});
		}
		chain.doFilter(request, response);
	}

	private Optional<SignedInUser> authenticate(String secret) {
		Optional<Tenant> tenant = ApiTokens.tenantOf(secret).flatMap(tenants::findById).filter(Tenant::isActive);
		if (tenant.isEmpty()) {
			return Optional.empty();
		}
		return TenantContext.callAs(tenant.get().getId(), () -> transactions.execute(status -> tokens.check(secret)
			.flatMap(users::findWithRolesById)
			.filter(user -> user.isActive() && !user.isLocked(clock.instant()))
			.map(user -> principals.of(tenant.get(), user))));
	}
}
