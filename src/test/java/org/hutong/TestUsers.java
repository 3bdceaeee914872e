package org.hutong;

import org.hutong.identity.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a demo user in for MockMvc requests, loaded the way a remember-me sign-in loads them. */
public final class TestUsers {

	private final UserDetailsService users;

	public TestUsers(UserDetailsService users) {
		this.users = users;
	}

	public SignedInUser load(String tenantCode, String username) {
		return (SignedInUser) users.loadUserByUsername(SignedInUser.qualifiedName(tenantCode, username));
	}

	public RequestPostProcessor as(String tenantCode, String username) {
		SignedInUser user = load(tenantCode, username);
		return SecurityMockMvcRequestPostProcessors
			.authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}
}
