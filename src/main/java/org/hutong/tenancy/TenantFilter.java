package org.hutong.tenancy;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Runs the rest of each request as the signed-in user's enterprise. Ordered after security. */
@Component
@Order(0)
class TenantFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof TenantPrincipal principal) {
			Long previous = TenantContext.current().orElse(null);
			try {
				TenantContext.callAs(principal.tenantId(), () -> {
					doChain(request, response, chain);
					return null;
				});
			}
			catch (WrappedException ex) {
				ex.rethrow();
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static void doChain(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException ex) {
			throw new WrappedException(ex);
		}
	}

	/** Carries checked exceptions through the {@code Supplier} that scopes the tenant. */
	private static final class WrappedException extends RuntimeException {

		WrappedException(Exception cause) {
			super(cause);
		}

		void rethrow() throws IOException, ServletException {
			if (getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) getCause();
		}
	}
}
