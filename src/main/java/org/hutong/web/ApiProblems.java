package org.hutong.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem details with a localised title and detail, for the API and its filters. */
@Component
public class ApiProblems {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ApiProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String messageKey) {
		return problem(request, status, messageKey, new Object[0]);
	}

	/** With arguments for a message that names a number or a date. */
	public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String messageKey, Object[] args) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, status.getReasonPhrase(),
				locales.resolveLocale(request)));
		problem.setDetail(messages.getMessage(messageKey, args, messageKey, locales.resolveLocale(request)));
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	/** Writes a problem straight to the response, for security filters that run before MVC. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		json.writeValue(response.getOutputStream(), problem(request, status, messageKey));
	}

	public static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/");
	}
}
