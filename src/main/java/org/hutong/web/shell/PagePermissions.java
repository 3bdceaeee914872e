package org.hutong.web.shell;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the signed-in user may do, as pages ask it: {@code th:if="${#permissions.has('customers.write')}"}.
 * Built once per rendered page from the request's authentication. It takes the place of
 * {@code sec:authorize}, which parses and evaluates a Spring Security expression (and looks up its
 * handler bean) on every element it guards: a tenth of the customer list's rendering time.
 */
public final class PagePermissions {

	private final boolean signedIn;

	private final Set<String> authorities;

	private PagePermissions(boolean signedIn, Set<String> authorities) {
		this.signedIn = signedIn;
		this.authorities = authorities;
	}

	/** The permissions of the authentication bound to the current request. */
	static PagePermissions current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return new PagePermissions(false, Set.of());
		}
		return new PagePermissions(true,
				auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet()));
	}

	/** Signed in (not anonymous). */
	public boolean signedIn() {
		return signedIn;
	}

	/** Holds this permission. */
	public boolean has(String permission) {
		return authorities.contains(permission);
	}

	/** Holds at least one of these permissions. */
	public boolean any(String... permissions) {
		for (String permission : permissions) {
			if (has(permission)) {
				return true;
			}
		}
		return false;
	}
}
