package org.hutong.identity.signin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.AccountStates;
import org.hutong.identity.SignedInUser;
import org.hutong.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's answer to a token whose user must first change the password an administrator gave
 * them: 403 with a problem that says so, rather than doing anything in their name.
 */
class PasswordChangeRequired extends OncePerRequestFilter {

	private final AccountStates states;

	private final ApiProblems problems;

	PasswordChangeRequired(AccountStates states, ApiProblems problems) {
		this.states = states;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof SignedInUser user
				&& states.of(user) == AccountStates.State.PASSWORD_CHANGE) {
			problems.write(request, response, HttpStatus.FORBIDDEN, "error.passwordChangeRequired");
			return;
		}
		chain.doFilter(request, response);
	}
}
