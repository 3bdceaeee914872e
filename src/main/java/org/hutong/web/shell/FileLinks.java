package org.hutong.web.shell;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links to files ({@code /css/app.css}, {@code /webjars/htmx.org/dist/htmx.min.js}: a last segment
 * with an extension) go through the resource chain, which gives webjars their versioned path. Links
 * to pages ({@code /feed/posts/42}) are left as they are: the chain would look each one up in every
 * static location on the class path and, finding nothing, remember nothing, so a list with a hundred
 * record links paid a hundred failed lookups on every render.
 */
@Configuration(proxyBeanMethods = false)
class FileLinks {

	/** Takes the place of Spring Boot's own registration of the filter (same dispatcher types). */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> fileLinksFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new Encoding());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	static boolean isFile(String url) {
		int end = url.length();
		for (int i = 0; i < url.length(); i++) {
			if (url.charAt(i) == '?' || url.charAt(i) == '#') {
				end = i;
				break;
			}
		}
		String path = url.substring(0, end);
		String last = path.substring(path.lastIndexOf('/') + 1);
		return last.lastIndexOf('.') > 0;
	}

	static final class Encoding extends ResourceUrlEncodingFilter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!(response instanceof HttpServletResponse plain)) {
				super.doFilter(request, response, chain);
				return;
			}
			super.doFilter(request, response,
					(req, res) -> chain.doFilter(req, new PageLinksAsWritten((HttpServletResponse) res, plain)));
		}
	}

	/** Sends file links on to the resource chain and everything else straight to the container. */
	private static final class PageLinksAsWritten extends HttpServletResponseWrapper {

		private final HttpServletResponse plain;

		PageLinksAsWritten(HttpServletResponse resolving, HttpServletResponse plain) {
			super(resolving);
			this.plain = plain;
		}

		@Override
		public String encodeURL(String url) {
			return isFile(url) ? super.encodeURL(url) : plain.encodeURL(url);
		}
	}
}
