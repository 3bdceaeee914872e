package org.hutong.web.errors;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hutong.web.ApiProblems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside controllers (filters, the container): the same localised pages and
 * problem details as {@link ErrorAdvice}, instead of Boot's white-label page or JSON.
 */
@Controller
class ErrorPages implements ErrorController {

	private static final Map<Integer, String> DETAIL_KEYS = Map.of(400, "error.400.detail", 403, "error.403.detail",
			404, "error.404.detail", 405, "error.405.detail", 409, "error.409.detail");

	private final ApiProblems problems;

	ErrorPages(ApiProblems problems) {
		this.problems = problems;
	}

	static String viewFor(int status) {
		return "web/error";
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = statusOf(request);
		String key = DETAIL_KEYS.getOrDefault(status.value(), "error.500.detail");
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path instanceof String uri && uri.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = problems.problem(request, status, key);
			return ResponseEntity.status(status).body(problem);
		}
		ModelAndView page = new ModelAndView(viewFor(status.value()));
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detailKey", key);
		return page;
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}
}
