package org.hutong.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.hutong.identity.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriUtils;

/**
 * What a JTE page asks of the request, in one object handed to every template as {@code ui}: messages
 * from the application's bundles in the request's locale, links, the CSRF token, the signed-in user's
 * permissions and the enterprise's zone for times. Built once per rendered page, as Thymeleaf's
 * {@code #permissions} is, so its cost is part of the measured render.
 */
public final class PageTools {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final MessageSource messages;

	private final Locale locale;

	private final String contextPath;

	private final String currentPath;

	private final ZoneId zone;

	private final CsrfToken csrf;

	private final SignedInUser user;

	private final Set<String> authorities;

	PageTools(MessageSource messages, HttpServletRequest request, Locale locale, ZoneId zone) {
		this.messages = messages;
		this.locale = locale;
		this.contextPath = request.getContextPath();
		this.currentPath = request.getRequestURI().substring(contextPath.length());
		this.zone = zone;
		this.csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
		this.user = signedIn && auth.getPrincipal() instanceof SignedInUser u ? u : null;
		this.authorities = signedIn
				? auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet())
				: Set.of();
	}

	/** The message of this key in the request's locale, with its arguments. */
	public String msg(String key, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, locale);
	}

	/** The request's language, for {@code <html lang>}. */
	public String lang() {
		return locale.toLanguageTag();
	}

	/** An application path with the context path in front. */
	public String url(String path) {
		return contextPath + path;
	}

	/**
	 * An application path with query parameters given as name, value, name, value…; a parameter
	 * without a value is sent empty, as Thymeleaf's {@code @{…}} sends it.
	 */
	public String url(String path, Object... namesAndValues) {
		StringBuilder link = new StringBuilder(contextPath).append(path);
		char separator = '?';
		for (int i = 0; i < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			String text = value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
			link.append(separator).append(namesAndValues[i]).append('=').append(UriUtils.encodeQueryParam(text, "UTF-8"));
			separator = '&';
		}
		return link.toString();
	}

	/** The path of this request, to mark the active tab. */
	public boolean at(String prefix) {
		return currentPath.startsWith(prefix);
	}

	public boolean atHome() {
		return "/".equals(currentPath);
	}

	public CsrfToken csrf() {
		return csrf;
	}

	public boolean signedIn() {
		return user != null;
	}

	public SignedInUser user() {
		return user;
	}

	public boolean has(String permission) {
		return authorities.contains(permission);
	}

	public boolean any(String... permissions) {
		for (String permission : permissions) {
			if (has(permission)) {
				return true;
			}
		}
		return false;
	}

	/** A stored instant in the enterprise's zone, to the minute. */
	public String minutes(Instant instant) {
		return instant == null ? null : MINUTES.format(instant.atZone(zone));
	}

	public String day(LocalDate date) {
		return date == null ? null : DAY.format(date);
	}

	/** The field's error messages, in the request's locale. */
	public java.util.List<String> errors(BindingResult result, String field) {
		return result == null ? java.util.List.of()
				: result.getFieldErrors(field).stream().map(e -> messages.getMessage(e, locale)).toList();
	}

	public java.util.List<String> globalErrors(BindingResult result) {
		return result == null ? java.util.List.of()
				: result.getGlobalErrors().stream().map(e -> messages.getMessage(e, locale)).toList();
	}
}
