package org.hutong.web.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;

import org.hutong.web.ApiProblems;
import org.hutong.web.RecordNotFound;
import org.hutong.web.UniqueKey;
import org.hutong.web.UniqueKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns failures into what the caller can use: a localised error page, or problem+json under
 * {@code /api}. Exception text never reaches the user; unexpected failures are logged.
 */
@ControllerAdvice
class ErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

	private final ApiProblems problems;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final UniqueKeys uniqueKeys;

	ErrorAdvice(ApiProblems problems, MessageSource messages, LocaleResolver locales, UniqueKeys uniqueKeys) {
		this.problems = problems;
		this.messages = messages;
		this.locales = locales;
		this.uniqueKeys = uniqueKeys;
	}

	/**
	 * A write that broke a registered unique key outside {@link UniqueKeys#attempt}: 409, on the API
	 * with the key's message under its field, as a duplicate is. Other integrity failures are bugs.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	Object duplicate(DataIntegrityViolationException ex, HttpServletRequest request, HttpServletResponse response) {
		Optional<UniqueKey> key = uniqueKeys.violated(ex);
		if (key.isEmpty()) {
			return unexpected(ex, request, response);
		}
		if (!ApiProblems.isApi(request)) {
			return respond(request, response, HttpStatus.CONFLICT, key.get().messageKey());
		}
		ProblemDetail problem = problems.problem(request, HttpStatus.CONFLICT, key.get().messageKey());
		problem.setProperty("errors", Map.of(key.get().field(), problem.getDetail()));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler({ RecordNotFound.class, NoResourceFoundException.class, MethodArgumentTypeMismatchException.class })
	Object notFound(HttpServletRequest request, HttpServletResponse response) {
		return respond(request, response, HttpStatus.NOT_FOUND, "error.404.detail");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object conflict(HttpServletRequest request, HttpServletResponse response) {
		return respond(request, response, HttpStatus.CONFLICT, "error.409.detail");
	}

	@ExceptionHandler(AccessDeniedException.class)
	Object forbidden(HttpServletRequest request, HttpServletResponse response) {
		return respond(request, response, HttpStatus.FORBIDDEN, "error.403.detail");
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpServletRequest request, HttpServletResponse response) {
		return respond(request, response, HttpStatus.BAD_REQUEST, "error.400.unreadable");
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, HandlerMethodValidationException.class,
			ConstraintViolationException.class, ServletRequestBindingException.class })
	Object missingParameter(HttpServletRequest request, HttpServletResponse response) {
		return respond(request, response, HttpStatus.BAD_REQUEST, "error.400.detail");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpServletRequest request, HttpServletResponse response) {
		return respond(request, response, HttpStatus.METHOD_NOT_ALLOWED, "error.405.detail");
	}

	/**
	 * An upload over {@code spring.servlet.multipart.max-file-size} or {@code max-request-size}: 413
	 * with a localised reason, and for htmx a toast, as the rejected form cannot be shown again.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
		if (request.getHeader("HX-Request") != null) {
			String text = messages.getMessage("error.413.detail", null, locales.resolveLocale(request));
			response.setHeader("HX-Trigger", "{\"toast\": \"" + asciiJson(text) + "\"}");
		}
		return respond(request, response, HttpStatus.CONTENT_TOO_LARGE, "error.413.detail");
	}

	/** A header carries ASCII only: everything else becomes a JSON unicode escape. */
	static String asciiJson(String text) {
		StringBuilder escaped = new StringBuilder();
		text.chars().forEach(c -> escaped.append(c < 0x20 || c > 0x7e || c == '"' || c == '\\'
				? String.format("\\u%04x", c) : String.valueOf((char) c)));
		return escaped.toString();
	}

	/** An API asked for a format it does not speak (say {@code Accept: text/html}): 406, as problem+json. */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(HttpServletRequest request, HttpServletResponse response) {
		return respond(request, response, HttpStatus.NOT_ACCEPTABLE, "error.406.detail");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object unsupportedMediaType(HttpServletRequest request, HttpServletResponse response) {
		return respond(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.415.detail");
	}

	/** Invalid API input: 400 with one localised message per field under {@code errors}. */
	@ExceptionHandler(BindException.class)
	Object invalid(BindException ex, HttpServletRequest request, HttpServletResponse response) {
		if (!ApiProblems.isApi(request)) {
			return respond(request, response, HttpStatus.BAD_REQUEST, "error.400.detail");
		}
		ProblemDetail problem = problems.problem(request, HttpStatus.BAD_REQUEST, "error.400.invalid");
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : ex.getFieldErrors()) {
			errors.putIfAbsent(error.getField(), messages.getMessage(error, locales.resolveLocale(request)));
		}
		problem.setProperty("errors", errors);
		// a refusal of the whole (a step not allowed now) is the detail itself: there is no field to name
		List<String> whole = ex.getGlobalErrors().stream()
			.map(error -> messages.getMessage(error, locales.resolveLocale(request))).toList();
		if (!whole.isEmpty()) {
			problem.setDetail(String.join(" ", whole));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return respond(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "error.500.detail");
	}

	private Object respond(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key) {
		if (ApiProblems.isApi(request)) {
			return ResponseEntity.status(status).body(problems.problem(request, status, key));
		}
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView(ErrorPages.viewFor(status.value()));
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detailKey", key);
		return page;
	}
}
