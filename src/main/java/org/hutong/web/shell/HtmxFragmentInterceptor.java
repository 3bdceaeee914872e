package org.hutong.web.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hutong.web.HtmxFragment;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders only the fragment named by {@link HtmxFragment} for htmx requests that are not navigation:
 * the fragment is a template of its own next to the page ({@code customers/customer/list} with
 * {@code @HtmxFragment("rows")} renders {@code customers/customer/rows}).
 */
class HtmxFragmentInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !(handler instanceof HandlerMethod method) || !isFragmentRequest(request)) {
			return;
		}
		HtmxFragment fragment = method.getMethodAnnotation(HtmxFragment.class);
		String name = view.getViewName();
		if (fragment != null && name != null && !name.startsWith("redirect:")) {
			view.setViewName(name.substring(0, name.lastIndexOf('/') + 1) + fragment.value());
		}
		response.addHeader("Vary", "HX-Request");
	}

	/** htmx asking for part of a page: not boosted navigation, not a history restore (both want it all). */
	static boolean isFragmentRequest(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}
}
