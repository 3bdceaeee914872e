package org.hutong.identity.idempotency;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.hutong.web.ApiProblems;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** Puts {@link IdempotencyFilter} behind sign-in and documents its header on every API POST (pages may send it too). */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfig {

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotentRequests requests, ApiProblems problems) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(requests, problems));
		// the API, and pages whose forms send a key (a follow-up written offline, sent again when online)
		registration.addUrlPatterns("/*");
		// after Spring Security's chain, so the caller is known
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
		return registration;
	}

	/** The {@code Idempotency-Key} header parameter on every POST operation of the spec. */
	@Bean
	OperationCustomizer idempotencyKeyParameter() {
		return (operation, handler) -> {
			RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
			if (mapping != null && java.util.Arrays.asList(mapping.method()).contains(RequestMethod.POST)) {
				operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER)
					.required(false)
					.schema(new StringSchema().maxLength(255))
					.description("Any unique value (a UUID) to make this POST safe to retry: the same key with the "
							+ "same request answers the first answer again (status, body, Location, ETag) without "
							+ "doing the work twice, marked Idempotent-Replayed: true; with a different request 422; "
							+ "while the first is still running 409 with Retry-After. Kept 24 hours per enterprise "
							+ "and API token."));
			}
			return operation;
		};
	}
}
