package org.hutong.identity.token;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer hut_…} on the API as the token's user, with that
 * user's current permissions ({@link BearerPrincipals}). A bad token leaves the request anonymous,
 * which the API answers 401; so does a good token of a disabled or locked-out user (for as long as
 * the lock lasts), or of a suspended enterprise.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

	private final BearerPrincipals principals;

	public BearerTokenFilter(BearerPrincipals principals) {
		this.principals = principals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			principals.of(header.substring(7).strip()).ifPresent(user -> {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
				SecurityContextHolder.setContext(context);
			});
		}
		chain.doFilter(request, response);
	}
}
