package org.hutong.web.shell;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links to {@code /webjars/…} in pages get the webjar's version ({@code /webjars/htmx.org/2.0.8/…}),
 * so a new version is a new URL despite the long cache lifetime; every other link is left alone.
 * <p>
 * Takes the place of Spring's {@link ResourceUrlEncodingFilter}, which asks the resource chain
 * about every link a page builds: for a link such as {@code /customers/42} that means looking for
 * {@code customers/42} in each static location of the class path, a miss that is never cached. On
 * the customer list (a link per row) that was most of the page's time. A page's webjar links are few
 * and fixed, so each is resolved once and remembered.
 */
@Component
class WebJarLinks extends ResourceUrlEncodingFilter {

	private static final String WEBJARS = "/webjars/";

	private final ObjectProvider<ResourceUrlProvider> resources;

	private final Map<String, String> resolved = new ConcurrentHashMap<>();

	WebJarLinks(ObjectProvider<ResourceUrlProvider> resources) {
		this.resources = resources;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse servlet)) {
			chain.doFilter(request, response);
			return;
		}
		String context = http.getContextPath();
		chain.doFilter(request, new HttpServletResponseWrapper(servlet) {

			@Override
			public String encodeURL(String url) {
				return super.encodeURL(versioned(context, url));
			}
		});
	}

	private String versioned(String context, String url) {
		if (!url.startsWith(context + WEBJARS)) {
			return url;
		}
		return resolved.computeIfAbsent(url, link -> {
			ResourceUrlProvider provider = resources.getIfAvailable();
			String path = provider == null ? null : provider.getForLookupPath(link.substring(context.length()));
			return path == null ? link : context + path;
		});
	}
}
