package org.hutong.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriUtils;

/**
 * What a page's template asks of the request, handed to every template as {@code ui} (ADR 0030):
 * messages from the bundles in the request's locale, links, the CSRF token, the signed-in user and
 * their permissions, times in the enterprise's zone, and the fields of the page's forms. Built once
 * per rendered page from the request and the controller's model.
 */
public final class PageTools {

	private static final Map<String, DateTimeFormatter> PATTERNS = new ConcurrentHashMap<>();

	private final MessageSource messages;

	private final Locale locale;

	private final HttpServletResponse response;

	private final String contextPath;

	private final String currentPath;

	private final ZoneId zone;

	private final Instant now;

	private final CsrfToken csrf;

	private final Authentication authentication;

	private final PageUser user;

	private final Set<String> authorities;

	private final Map<String, Object> model;

	public PageTools(MessageSource messages, HttpServletRequest request, HttpServletResponse response, Locale locale,
			ZoneId zone, Instant now, Map<String, Object> model) {
		this.messages = messages;
		this.locale = locale;
		this.response = response;
		this.contextPath = request.getContextPath();
		this.currentPath = request.getRequestURI().substring(contextPath.length());
		this.zone = zone;
		this.now = now;
		this.model = model;
		this.csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
		this.authentication = signedIn ? auth : null;
		this.user = signedIn && auth.getPrincipal() instanceof PageUser u ? u : null;
		this.authorities = signedIn
				? auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet())
				: Set.of();
	}

	// messages

	/**
	 * The message of this key in the request's locale, with its arguments. A key the bundles lack (one
	 * a page builds from a value, {@code "customer.status." + status}) shows as {@code ??key??}: a
	 * visible slip, not a page that fails; I18nTests checks every key a template names literally.
	 */
	public String msg(String key, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, "??" + key + "??", locale);
	}

	/** A message the code built (a validation error, a notice with its arguments). */
	public String msg(MessageSourceResolvable message) {
		return messages.getMessage(message, locale);
	}

	/** The request's language, for {@code <html lang>}. */
	public String lang() {
		return locale.toLanguageTag();
	}

	public Locale locale() {
		return locale;
	}

	// links

	/** An application path with the context path in front. */
	public String url(String path) {
		return contextPath + path;
	}

	/**
	 * An application path with query parameters given as name, value, name, value…; a parameter
	 * without a value is sent empty, as a form sends it.
	 */
	public String url(String path, Object... namesAndValues) {
		StringBuilder link = new StringBuilder(contextPath).append(path);
		char separator = path.indexOf('?') < 0 ? '?' : '&';
		for (int i = 0; i < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			String text = value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
			link.append(separator).append(namesAndValues[i]).append('=').append(UriUtils.encodeQueryParam(text, "UTF-8"));
			separator = '&';
		}
		return link.toString();
	}

	/** A static file's link, versioned where the application versions it (webjars). */
	public String asset(String path) {
		return response.encodeURL(contextPath + path);
	}

	/** This request's path without the context path. */
	public String path() {
		return currentPath;
	}

	/** Whether this request's path starts with the prefix: marks the active tab. */
	public boolean at(String prefix) {
		return currentPath.startsWith(prefix);
	}

	public boolean atHome() {
		return "/".equals(currentPath);
	}

	// the signed-in user

	public CsrfToken csrf() {
		return csrf;
	}

	/** Signed in (not anonymous): a user of an enterprise or an operator of the platform. */
	public boolean signedIn() {
		return authentication != null;
	}

	/** The signed-in user of an enterprise, or null (an operator, or nobody). */
	public PageUser user() {
		return user;
	}

	/** The signed-in name (login name), or null. */
	public String userName() {
		return authentication == null ? null : authentication.getName();
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

	// times

	public Instant now() {
		return now;
	}

	public ZoneId zone() {
		return zone;
	}

	/** Today in the enterprise's zone. */
	public LocalDate today() {
		return LocalDate.ofInstant(now, zone);
	}

	/** An instant (in the enterprise's zone), a date or a date-time, with this pattern; null for none. */
	public String time(TemporalAccessor time, String pattern) {
		if (time == null) {
			return null;
		}
		DateTimeFormatter format = PATTERNS.computeIfAbsent(pattern, DateTimeFormatter::ofPattern);
		return format.withLocale(locale).format(time instanceof Instant instant ? instant.atZone(zone) : time);
	}

	/** To the minute: {@code 2026-12-02 09:30}. */
	public String minutes(TemporalAccessor time) {
		return time(time, "yyyy-MM-dd HH:mm");
	}

	/** The day: {@code 2026-12-02}. */
	public String day(TemporalAccessor time) {
		return time(time, "yyyy-MM-dd");
	}

	// numbers

	/** Yuan with two decimals and thousands separators, {@code 1,234,567.80}; null for none. */
	public String money(BigDecimal amount) {
		return amount == null ? null : String.format(Locale.ROOT, "%,.2f", amount);
	}

	/**
	 * Yuan as managers read large sums: {@code 128.6万} in Chinese from ten thousand up, the full
	 * amount without fen otherwise ({@code 1,286,000}); null for none.
	 */
	public String wan(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		if (locale.getLanguage().equals("zh") && amount.abs().compareTo(TEN_THOUSAND) >= 0) {
			return amount.divide(TEN_THOUSAND, 1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "万";
		}
		return String.format(Locale.ROOT, "%,.0f", amount);
	}

	private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

	/** A span of time in its largest whole unit: {@code 3 天}, {@code 5 小时}, {@code 12 分钟}; null for none. */
	public String duration(java.time.Duration span) {
		if (span == null) {
			return null;
		}
		if (span.toDays() > 0) {
			return msg("duration.days", span.toDays());
		}
		return span.toHours() > 0 ? msg("duration.hours", span.toHours()) : msg("duration.minutes", Math.max(1, span.toMinutes()));
	}

	/** A file's size for people: {@code 820 KB}, {@code 12.4 MB}. */
	public String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	/** A percentage without trailing zeros, {@code 13 %} or {@code 6.5 %}; null for none. */
	public String percent(BigDecimal rate) {
		return rate == null ? null : rate.stripTrailingZeros().toPlainString() + " %";
	}

	// forms

	/** A field of the form the model holds under this name, with its value and errors. */
	public FormField field(String form, String name) {
		BindingResult result = result(form);
		if (result != null) {
			List<String> errors = result.getFieldErrors(name).stream().map(this::msg).toList();
			// several values stay several (checkboxes): formatted, a list would be one joined string
			Object raw = result.getRawFieldValue(name);
			boolean several = raw instanceof Collection<?> || raw != null && raw.getClass().isArray();
			return new FormField(name, several ? raw : result.getFieldValue(name), errors);
		}
		Object target = model.get(form);
		Object value = target == null ? null : new BeanWrapperImpl(target).getPropertyValue(name);
		return new FormField(name, value, List.of());
	}

	/**
	 * An empty field, for a row of a line list beyond the lines the form holds: asking the form for
	 * it would make the binder grow the list.
	 */
	public FormField blank(String name) {
		return new FormField(name, null, List.of());
	}

	/** The form's errors that belong to no field, in the request's locale. */
	public List<String> globalErrors(String form) {
		BindingResult result = result(form);
		return result == null ? List.of() : result.getGlobalErrors().stream().map(this::msg).toList();
	}

	/** Every error of the form, of fields and of the whole. */
	public List<String> allErrors(String form) {
		BindingResult result = result(form);
		return result == null ? List.of() : result.getAllErrors().stream().map(this::msg).toList();
	}

	public boolean hasErrors(String form) {
		BindingResult result = result(form);
		return result != null && result.hasErrors();
	}

	private BindingResult result(String form) {
		return (BindingResult) model.get(BindingResult.MODEL_KEY_PREFIX + form);
	}
}
