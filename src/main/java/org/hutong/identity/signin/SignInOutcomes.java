package org.hutong.identity.signin;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/** What happens after a sign-in attempt: the user's language applies, or the form says why not. */
final class SignInOutcomes {

	private SignInOutcomes() {
	}

	@Component
	static class Success extends SavedRequestAwareAuthenticationSuccessHandler {

		private final LocaleResolver locales;

		Success(LocaleResolver locales) {
			this.locales = locales;
			setDefaultTargetUrl("/");
			setAlwaysUseDefaultTargetUrl(false);
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			if (authentication.getPrincipal() instanceof SignedInUser user && user.language() != null) {
				locales.setLocale(request, response, Locale.forLanguageTag(user.language()));
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}
	}

	@Component
	static class Failure extends SimpleUrlAuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			String reason = reason(exception);
			String tenant = request.getParameter("tenant");
			String target = UriComponentsBuilder.fromPath("/login")
				.queryParam("error", reason)
				.queryParamIfPresent("tenant", Optional.ofNullable(tenant).filter(t -> t.length() <= 32))
				.encode()
				.build()
				.toUriString();
			getRedirectStrategy().sendRedirect(request, response, target);
		}

		private static String reason(AuthenticationException exception) {
			if (exception instanceof TenantSuspended) {
				return "suspended";
			}
			if (exception instanceof LockedException) {
				return "locked";
			}
			return exception instanceof DisabledException ? "disabled" : "bad";
		}
	}
}
