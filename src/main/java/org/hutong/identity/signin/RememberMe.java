package org.hutong.identity.signin;

import java.util.Date;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;

/**
 * "Keep me signed in" with revocable tokens (ADR 0019): the cookie is {@code series:token} and names
 * nobody; the database row says whose it is. The cookie is HttpOnly, SameSite=Lax, and Secure when
 * the request came over HTTPS or secure cookies are set. Signing out forgets this browser only — the
 * user's other remembered devices stay until they are ended on 我的 or by a password change.
 */
class RememberMe extends PersistentTokenBasedRememberMeServices {

	static final String COOKIE = "remember-me";

	static final int VALIDITY_SECONDS = 14 * 24 * 3600;

	private final RememberMeTokens tokens;

	RememberMe(String key, RememberedUsers users, RememberMeTokens tokens, boolean secureCookies) {
		super(key, users, tokens);
		this.tokens = tokens;
		setCookieName(COOKIE);
		setParameter("remember-me");
		setTokenValiditySeconds(VALIDITY_SECONDS);
		if (secureCookies) {
			setUseSecureCookie(true);
		}
		setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
	}

	/** As the parent does, and notes the series in the session, so ending the session forgets the device. */
	@Override
	protected void onLoginSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		PersistentRememberMeToken token = new PersistentRememberMeToken(authentication.getName(), generateSeriesData(),
				generateTokenData(), new Date());
		tokens.createNewToken(token);
		setCookie(new String[] { token.getSeries(), token.getTokenValue() }, getTokenValiditySeconds(), request, response);
		request.getSession().setAttribute(SignedInSessions.SERIES, token.getSeries());
	}

	@Override
	protected UserDetails processAutoLoginCookie(String[] cookieTokens, HttpServletRequest request,
			HttpServletResponse response) {
		UserDetails user = super.processAutoLoginCookie(cookieTokens, request, response);
		request.getSession().setAttribute(SignedInSessions.SERIES, cookieTokens[0]);
		return user;
	}

	/**
	 * A series presented with an old token means the cookie was copied: the parent then forgets all
	 * the user's remembered devices and cancels the cookie; the request simply goes on signed out
	 * (the parent would let the exception escape as an error page).
	 */
	@Override
	public Authentication autoLogin(HttpServletRequest request, HttpServletResponse response) {
		try {
			return super.autoLogin(request, response);
		}
		catch (CookieTheftException ex) {
			logger.warn("A remember-me cookie was used after it had been replaced; the user's remembered devices are forgotten");
			return null;
		}
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		String cookie = extractRememberMeCookie(request);
		if (cookie != null && !cookie.isEmpty()) {
			try {
				String[] parts = decodeCookie(cookie);
				if (parts.length == 2) {
					tokens.removeSeries(parts[0]);
				}
			}
			catch (InvalidCookieException ex) {
				// not one of ours: nothing to forget, the cookie is cancelled below all the same
			}
		}
		cancelCookie(request, response);
	}
}
