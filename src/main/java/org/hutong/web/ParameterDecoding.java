package org.hutong.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that refuses parameters that are not text: a query string or form body with bytes
 * that are not UTF-8 (lone surrogates such as {@code %ED%A0%80}, overlong forms, cut sequences),
 * broken percent escapes, or NUL characters (valid UTF-8, but PostgreSQL refuses them in text).
 * Tomcat throws on the first read of undecodable parameters, which would otherwise happen in the
 * CSRF filter or a controller and answer 500; this filter reads them first, right after the
 * request's character encoding is set, and answers 400 naming the parameter: problem+json under
 * {@code /api}, else the localised error page (forwarded with the parameters hidden, so nothing
 * reads them again). Multipart bodies are left to the multipart resolver (Tomcat decodes their
 * fields leniently); their query string is still checked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class ParameterDecoding extends OncePerRequestFilter {

	/** Request attribute naming the refused parameter, for the error page. */
	public static final String REFUSED_PARAMETER = ParameterDecoding.class.getName() + ".parameter";

	public static final String DETAIL = "error.400.encoding";

	private static final Pattern NAMED = Pattern.compile("Parameter \\[([^\\]]{1,100})\\]");

	private final ApiProblems problems;

	private final JsonMapper json;

	ParameterDecoding(ApiProblems problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> refused = undecodableInQuery(request.getQueryString());
		if (refused.isEmpty() && !isMultipart(request)) {
			try {
				refused = withNul(request.getParameterMap());
			}
			catch (IllegalStateException unreadable) {
				refused = Optional.of(nameIn(unreadable));
			}
		}
		if (refused.isPresent()) {
			refuse(request, response, refused.get());
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String parameter)
			throws IOException, ServletException {
		if (ApiProblems.isApi(request)) {
			ProblemDetail problem = problems.problem(request, HttpStatus.BAD_REQUEST, DETAIL);
			if (!parameter.isEmpty()) {
				problem.setProperty("errors", Map.of(parameter, problem.getDetail()));
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), problem);
			return;
		}
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.BAD_REQUEST.value());
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		request.setAttribute(REFUSED_PARAMETER, parameter);
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		request.getRequestDispatcher("/error").forward(new WithoutParameters(request), response);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase().startsWith("multipart/");
	}

	/** NUL is valid UTF-8 but no text: PostgreSQL refuses it in any text column. */
	private static Optional<String> withNul(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getKey().indexOf('\0') >= 0) {
				return Optional.of("");
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\0') >= 0) {
					return Optional.of(parameter.getKey());
				}
			}
		}
		return Optional.empty();
	}

	/** Tomcat names the parameter in its message; when it does not, the answer names none. */
	private static String nameIn(IllegalStateException unreadable) {
		Matcher named = unreadable.getMessage() == null ? null : NAMED.matcher(unreadable.getMessage());
		return named != null && named.find() ? named.group(1) : "";
	}

	/** The first parameter of a raw query string whose name or value is not UTF-8 once unescaped. */
	static Optional<String> undecodableInQuery(String query) {
		if (query == null || query.isEmpty()) {
			return Optional.empty();
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			String value = equals < 0 ? "" : pair.substring(equals + 1);
			Optional<String> decodedName = decode(name);
			if (decodedName.isEmpty()) {
				return Optional.of("");
			}
			Optional<String> decodedValue = decode(value);
			if (decodedValue.isEmpty() || decodedValue.get().indexOf('\0') >= 0) {
				return decodedName;
			}
		}
		return Optional.empty();
	}

	private static Optional<String> decode(String escaped) {
		ByteBuffer bytes = ByteBuffer.allocate(escaped.length());
		for (int i = 0; i < escaped.length(); i++) {
			char c = escaped.charAt(i);
			if (c == '%') {
				if (i + 2 >= escaped.length()) {
					return Optional.empty();
				}
				int high = Character.digit(escaped.charAt(i + 1), 16);
				int low = Character.digit(escaped.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return Optional.empty();
				}
				bytes.put((byte) (high * 16 + low));
				i += 2;
			}
			else if (c > 0x7f) {
				return Optional.empty();
			}
			else {
				bytes.put((byte) (c == '+' ? ' ' : c));
			}
		}
		bytes.flip();
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString());
		}
		catch (CharacterCodingException notUtf8) {
			return Optional.empty();
		}
	}

	/** The refused request as the error page sees it: a GET with no parameters to read. */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getQueryString() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}
	}
}
