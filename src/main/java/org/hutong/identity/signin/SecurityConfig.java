package org.hutong.identity.signin;

import org.hutong.identity.AccountStates;
import org.hutong.identity.Permissions;
import org.hutong.identity.signin.SignInOutcomes.Failure;
import org.hutong.identity.signin.SignInOutcomes.Success;
import org.hutong.identity.token.BearerPrincipals;
import org.hutong.identity.token.BearerTokenFilter;
import org.hutong.web.ApiProblems;
import org.hutong.web.WebSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors: the API ({@code /api/**}, bearer tokens, stateless, problem+json) and the pages
 * (sign-in form with enterprise code, sessions, CSRF, remember-me). The operator console has its own.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, BearerPrincipals principals, ApiProblems problems,
			AccountStates states) throws Exception {
		// built here, not as a bean, so Boot does not also register it for every request
		BearerTokenFilter bearer = new BearerTokenFilter(principals);
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
			// a user who must change an administrator's password first is refused, saying so
			.addFilterAfter(new PasswordChangeRequired(states, problems), BearerTokenFilter.class)
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint((req, res, e) -> problems.write(req, res, HttpStatus.UNAUTHORIZED, "error.unauthorized"))
				.accessDeniedHandler((req, res, e) -> problems.write(req, res, HttpStatus.FORBIDDEN, "error.forbidden")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")))
			.build();
	}

	@Bean
	RememberMe rememberMe(WebSettings settings, RememberedUsers remembered, RememberMeTokens tokens, Environment env) {
		return new RememberMe(settings.rememberMeKey(), remembered, tokens,
				env.getProperty("server.servlet.session.cookie.secure", Boolean.class, false));
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageChain(HttpSecurity http, TenantAuthenticationProvider provider, RememberMe rememberMe,
			Success success, Failure failure, WebSettings settings, AccountStates states) throws Exception {
		return http
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/error", "/css/**", "/js/**", "/icons/**", "/webjars/**",
						"/manifest.webmanifest", "/favicon.ico", "/actuator/health", "/actuator/health/**",
						"/sw.js", "/offline")
				.permitAll()
				.requestMatchers("/admin/users/**").hasAuthority(Permissions.USERS_READ)
				.requestMatchers("/admin/departments/**").hasAuthority(Permissions.USERS_READ)
				.requestMatchers("/admin/roles/**").hasAuthority(Permissions.ROLES_WRITE)
				.requestMatchers("/admin/audit/**").hasAuthority(Permissions.AUDIT_READ)
				.anyRequest().authenticated())
			// its own manager without a parent, so a failed attempt is checked (and counted) once;
			// it must also accept the remember-me tokens the cookie filter hands it
			.authenticationManager(new ProviderManager(provider, new RememberMeAuthenticationProvider(settings.rememberMeKey())))
			.formLogin(form -> form.loginPage("/login")
				.authenticationDetailsSource(SignInDetails::new)
				.successHandler(success)
				.failureHandler(failure)
				.permitAll())
			.rememberMe(remember -> remember.rememberMeServices(rememberMe).key(settings.rememberMeKey()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			// users of a suspended enterprise, disabled or locked users are signed out on their next request
			.addFilterBefore(new AccountStateFilter(states, rememberMe), AuthorizationFilter.class)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.build();
	}
}
