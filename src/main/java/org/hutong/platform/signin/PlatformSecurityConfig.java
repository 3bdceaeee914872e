package org.hutong.platform.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * The operator realm's own door, ahead of the employee chains: {@code /platform/**} only, its own
 * authentication, and its own session keys for the security context and the CSRF token. An operator
 * and an employee may share a browser session without ever seeing each other's sign-in: the employee
 * chain never reads the operator's context, and this chain never reads the employee's.
 */
@Configuration(proxyBeanMethods = false)
class PlatformSecurityConfig {

	/** Same policy as the employee pages ({@code identity.signin.SecurityConfig}); a test keeps them equal. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String CONTEXT_KEY = "HUTONG_PLATFORM_SECURITY_CONTEXT";

	static final String CSRF_KEY = "HUTONG_PLATFORM_CSRF_TOKEN";

	@Bean
	@Order(1)
	SecurityFilterChain platformChain(HttpSecurity http, OperatorAccount account, OperatorLockout lockout)
			throws Exception {
		HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
		contexts.setSpringSecurityContextKey(CONTEXT_KEY);
		HttpSessionCsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
		csrfTokens.setSessionAttributeName(CSRF_KEY);
		return http.securityMatcher("/platform/**")
			.authenticationManager(new ProviderManager(new OperatorAuthentication(account, lockout)))
			.securityContext(context -> context.securityContextRepository(contexts))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/platform/login").permitAll()
				.anyRequest().hasAuthority(Operator.AUTHORITY))
			.formLogin(form -> form.loginPage("/platform/login")
				.defaultSuccessUrl("/platform", true)
				.failureHandler(failure()))
			.logout(logout -> logout.logoutUrl("/platform/logout")
				.logoutSuccessUrl("/platform/login?signedOut")
				// only the operator's context goes: an employee signed in in the same browser stays
				.invalidateHttpSession(false))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.build();
	}

	private static AuthenticationFailureHandler failure() {
		DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();
		return (request, response, exception) -> redirect.sendRedirect(request, response,
				"/platform/login?error=" + (exception instanceof LockedException ? "locked" : "bad"));
	}
}
