package org.hutong.identity.signin;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The open API's documentation (ADR 0010): the OpenAPI spec of {@code /api/v1/**} at
 * {@code /v3/api-docs} and Swagger UI at {@code /swagger-ui.html}, public and read-only, with the
 * bearer-token scheme the API chain accepts. Swagger UI styles its widgets inline, so its own door
 * allows inline styles; scripts stay same-origin only, as on our pages.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BEARER = "bearer";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	OpenAPI hutongOpenApi() {
		SecurityScheme bearer = new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.bearerFormat("hut_…")
			.description("A personal API token from 我的 → API 令牌: Authorization: Bearer hut_…");
		return new OpenAPI()
			.info(new Info().title("Hutong (互通) API")
				.version("v1")
				.description("The open API of Hutong CRM: customers, contacts, leads, follow-ups and the "
						+ "signed-in user. Every call acts as the token's user, with that user's permissions "
						+ "and data scope; errors answer RFC 9457 problem+json."))
			.components(new Components().addSecuritySchemes(BEARER, bearer))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/** The spec and Swagger UI: open to all, no session, no CSRF (they only read). */
	@Bean
	@Order(0)
	SecurityFilterChain apiDocumentationChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.build();
	}
}
