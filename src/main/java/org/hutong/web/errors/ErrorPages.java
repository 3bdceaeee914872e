package org.hutong.web.errors;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hutong.web.ApiProblems;
import org.hutong.web.ParameterDecoding;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside controllers (filters, the container): the same localised pages and
 * problem details as {@link ErrorAdvice}, instead of Boot's white-label page or JSON. Opened
 * directly, {@code /error} is an address with nothing behind it: 404.
 */
@Controller
class ErrorPages implements ErrorController {

	private static final Map<Integer, String> DETAIL_KEYS = Map.of(400, "error.400.detail", 401, "error.unauthorized",
			403, "error.403.detail",
			404, "error.404.detail", 405, "error.405.detail", 406, "error.406.detail", 409, "error.409.detail", 413, "error.413.detail",
			415, "error.415.detail");

	private final ApiProblems problems;

	private final MessageSource messages;

	private final LocaleResolver locales;

	ErrorPages(ApiProblems problems, MessageSource messages, LocaleResolver locales) {
		this.problems = problems;
		this.messages = messages;
		this.locales = locales;
	}

	static String viewFor(int status) {
		return "web/error";
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = statusOf(request);
		Object refused = request.getAttribute(ParameterDecoding.REFUSED_PARAMETER);
		String key = refused != null ? ParameterDecoding.DETAIL
				: DETAIL_KEYS.getOrDefault(status.value(), "error.500.detail");
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path instanceof String uri && uri.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = problems.problem(request, status, key);
			return ResponseEntity.status(status).body(problem);
		}
		if (refused != null && request.getHeader("HX-Request") != null) {
			String text = messages.getMessage(key, null, locales.resolveLocale(request));
			response.setHeader("HX-Trigger", "{\"toast\": \"" + ErrorAdvice.asciiJson(text) + "\"}");
		}
		ModelAndView page = new ModelAndView(viewFor(status.value()));
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detailKey", key);
		if (refused instanceof String field && !field.isEmpty()) {
			page.addObject("field", field);
		}
		return page;
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		if (status != null && DETAIL_KEYS.containsKey(status.value())) {
			return status;
		}
		// a client error we have no page for is still the client's: 400, not the 500 page
		return status != null && status.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
	}
}
