package org.hutong.identity.signin;

import java.io.IOException;
import java.util.List;
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
 * which device and address it belongs to, for the session list on 我的. A user who must change the
 * password an administrator gave them is sent to the password page until they have. The API checks
 * the same in {@code BearerTokenFilter} and {@code PasswordChangeRequired}, the live stream in its
 * controller.
 */
class AccountStateFilter extends OncePerRequestFilter {

	/** Where a user who must change an administrator's password is sent, whatever they asked for. */
	static final String PASSWORD_PAGE = "/me/password";

	private static final List<String> BEFORE_CHANGE = List.of("/logout", "/login", "/error", "/css/", "/js/",
			"/icons/", "/webjars/", "/manifest.webmanifest", "/favicon.ico", "/actuator/health");

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
			if (state != State.USABLE && state != State.PASSWORD_CHANGE) {
				refuse(request, response, auth, user, state);
				return;
			}
			noteDevice(request);
			if (state == State.PASSWORD_CHANGE && !mayPassBeforeChange(request)) {
				toPasswordPage(request, response);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** The password page itself, signing out, and what any page needs to show (styles, scripts, icons). */
	private static boolean mayPassBeforeChange(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(PASSWORD_PAGE) || BEFORE_CHANGE.stream().anyMatch(path::startsWith);
	}

	/**
	 * A page the user navigates to leads to the password page; a request the page makes in the
	 * background (a badge, the live stream) is refused, so it cannot reload the page in a loop.
	 */
	private static void toPasswordPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean htmx = "true".equals(request.getHeader("HX-Request"));
		String accept = request.getHeader("Accept");
		boolean navigation = htmx ? "true".equals(request.getHeader("HX-Boosted"))
				: accept == null || accept.contains("text/html") || accept.contains("*/*");
		if (!navigation || (htmx && onPasswordPage(request))) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		redirect(request, response, request.getContextPath() + PASSWORD_PAGE);
	}

	private static boolean onPasswordPage(HttpServletRequest request) {
		String current = request.getHeader("HX-Current-URL");
		return current != null && current.contains(PASSWORD_PAGE);
	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response, String target)
			throws IOException {
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
		}
		else {
			response.sendRedirect(target);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Authentication auth,
			SignedInUser user, State state) throws IOException {
		signOut.logout(request, response, auth);
		redirect(request, response, request.getContextPath() + "/login?error=" + state.name().toLowerCase(Locale.ROOT)
				+ "&tenant=" + user.tenantCode());
	}

	private static void noteDevice(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SignedInSessions.DEVICE) == null) {
			session.setAttribute(SignedInSessions.DEVICE, Devices.describe(request.getHeader("User-Agent")));
			session.setAttribute(SignedInSessions.ADDRESS, request.getRemoteAddr());
		}
	}
}
