package org.hutong.notifications.live;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The stream's own door: it reads the page session a signed-in browser already has but never makes
 * one (no saved request, no redirect to sign-in: a 401 the browser's EventSource gives up on), needs
 * no CSRF token (it only reads), and keeps Spring Security's no-store cache headers.
 */
@Configuration(proxyBeanMethods = false)
class LiveSecurity {

	@Bean
	@Order(1)
	SecurityFilterChain liveStreamChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/notifications/stream")
			.authorizeHttpRequests(auth -> auth
				// the stream's async dispatches (events, timeout) belong to a request already let in
				.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
				.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")))
			.build();
	}
}
