package org.hutong.identity.signin;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.hutong.identity.AccountStates;
import org.hutong.identity.AccountStates.State;
import org.hutong.identity.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.CompositeLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an employee out on their next page request once they may no longer come in — their
 * enterprise suspended, themself disabled or locked out — so a session or a remember-me cookie made
 * before does not outlive it, on whichever node the request lands. Also notes, once per session,
 * which device and address it belongs to, for the session list on 我的. The API checks the same
 * in {@code BearerTokenFilter}, the live stream in its controller.
 */
class AccountStateFilter extends OncePerRequestFilter {

	private final AccountStates states;

	private final LogoutHandler signOut;

	AccountStateFilter(AccountStates states, LogoutHandler rememberMe) {
		this.states = states;
		this.signOut = new CompositeLogoutHandler(new SecurityContextLogoutHandler(), rememberMe);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
			State state = states.of(user);
			if (state != State.USABLE) {
				refuse(request, response, auth, user, state);
				return;
			}
			noteDevice(request);
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Authentication auth,
			SignedInUser user, State state) throws IOException {
		signOut.logout(request, response, auth);
		String target = request.getContextPath() + "/login?error=" + state.name().toLowerCase(Locale.ROOT) + "&tenant="
				+ user.tenantCode();
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
		}
		else {
			response.sendRedirect(target);
		}
	}

	private static void noteDevice(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SignedInSessions.DEVICE) == null) {
			session.setAttribute(SignedInSessions.DEVICE, Devices.describe(request.getHeader("User-Agent")));
			session.setAttribute(SignedInSessions.ADDRESS, request.getRemoteAddr());
		}
	}
}
