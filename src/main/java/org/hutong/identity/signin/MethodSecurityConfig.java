package org.hutong.identity.signin;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Lets use cases guard themselves with {@code @PreAuthorize}, beside the URL rules of
 * {@link SecurityConfig}: a write permission is checked where the write happens, whichever door
 * (page or API) it came through. A refusal is an {@code AccessDeniedException}, answered with 403.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfig {
}
