package org.hutong.identity.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An audit entry's detail as sentences in the reader's language. Details are stored as the code
 * wrote them ({@code dataScope=DEPARTMENT_TREE; roles: +销售总监 -销售代表}, {@code bad password}, the
 * {@code Changes} format); this reads them back into messages (数据范围：本部门及下级；角色：新增 销售总监，移除
 * 销售代表), so entries written before read as well as new ones. A part it does not know is shown as
 * it was stored, never dropped. Nested messages are resolved by the message source itself.
 */
public final class AuditDetails {

	/** Fields whose values are codes of a message family, translated one by one. */
	private static final Map<String, String> VALUE_FAMILIES = Map.of("dataScope", "datascope.", "permissions",
			"permission.", "language", "lang.");

	/** Field names a message exists for ({@code audit.field.<name>}); others are shown as stored. */
	private static final Set<String> FIELDS = Set.of("displayName", "department", "roles", "mobile", "email",
			"position", "language", "name", "description", "dataScope", "permissions", "parent", "leader",
			"sortOrder");

	/** Whole details written as a phrase, mapped to {@code audit.detail.<key>}. */
	private static final Map<String, String> PHRASES = Map.of("locked", "locked", "disabled", "disabled",
			"enterprise suspended", "suspended", "unknown user", "unknownUser", "unknown user, locked",
			"unknownUserLocked", "bad password", "badPassword", "lockout cleared", "lockoutCleared");

	private static final Pattern LOCKED_FOR = Pattern.compile("locked for (\\d+) minutes");

	private static final Pattern EXPIRES = Pattern.compile("expires (\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}).*");

	private static final Pattern ADMINISTRATOR = Pattern.compile("administrator (.+)");

	private static final Pattern FIELD = Pattern.compile("([A-Za-z]+): (.*) → (.*)");

	private static final Pattern SET = Pattern.compile("([A-Za-z]+): ((?:[+-]\\S+ ?)+)");

	private static final Pattern VALUE = Pattern.compile("([A-Za-z]+)=(.*)");

	private AuditDetails() {
	}

	/** The detail as one message, or {@code null} when the entry has none. */
	public static MessageSourceResolvable of(String detail) {
		if (detail == null || detail.isBlank()) {
			return null;
		}
		MessageSourceResolvable whole = phrase(detail.strip());
		if (whole != null) {
			return whole;
		}
		List<MessageSourceResolvable> parts = new ArrayList<>();
		for (String part : detail.split("; ")) {
			parts.add(part(part.strip()));
		}
		MessageSourceResolvable joined = parts.get(parts.size() - 1);
		for (int i = parts.size() - 2; i >= 0; i--) {
			joined = message("audit.detail.join", parts.get(i), joined);
		}
		return joined;
	}

	private static MessageSourceResolvable phrase(String detail) {
		if (PHRASES.containsKey(detail)) {
			return message("audit.detail." + PHRASES.get(detail));
		}
		Matcher matcher = LOCKED_FOR.matcher(detail);
		if (matcher.matches()) {
			return message("audit.detail.lockedFor", Integer.valueOf(matcher.group(1)));
		}
		matcher = EXPIRES.matcher(detail);
		if (matcher.matches()) {
			return message("audit.detail.expires", matcher.group(1) + " " + matcher.group(2));
		}
		matcher = ADMINISTRATOR.matcher(detail);
		return matcher.matches() ? message("audit.detail.administrator", matcher.group(1)) : null;
	}

	private static MessageSourceResolvable part(String part) {
		Matcher matcher = FIELD.matcher(part);
		if (matcher.matches() && FIELDS.contains(matcher.group(1))) {
			String name = matcher.group(1);
			return message("audit.detail.field", field(name), value(name, matcher.group(2)),
					value(name, matcher.group(3)));
		}
		matcher = SET.matcher(part);
		if (matcher.matches() && FIELDS.contains(matcher.group(1))) {
			return message("audit.detail.value", field(matcher.group(1)), delta(matcher.group(1), matcher.group(2)));
		}
		matcher = VALUE.matcher(part);
		if (matcher.matches() && FIELDS.contains(matcher.group(1))) {
			return message("audit.detail.value", field(matcher.group(1)), value(matcher.group(1), matcher.group(2)));
		}
		return literal(part);
	}

	/** {@code +a +b -c}: 新增 a、b，移除 c. */
	private static MessageSourceResolvable delta(String name, String items) {
		List<String> added = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		for (String item : items.strip().split(" ")) {
			(item.startsWith("+") ? added : removed).add(item.substring(1));
		}
		MessageSourceResolvable plus = added.isEmpty() ? null
				: message("audit.detail.added", list(name, String.join(", ", added)));
		MessageSourceResolvable minus = removed.isEmpty() ? null
				: message("audit.detail.removed", list(name, String.join(", ", removed)));
		if (plus != null && minus != null) {
			return message("audit.detail.and", plus, minus);
		}
		return plus != null ? plus : minus;
	}

	private static MessageSourceResolvable field(String name) {
		return message("audit.field." + name);
	}

	/** A value as the reader knows it: a data scope or permission by its name, lists in the reader's way, "—" as 空. */
	private static MessageSourceResolvable value(String name, String stored) {
		if ("—".equals(stored.strip())) {
			return message("audit.detail.none");
		}
		return list(name, stored);
	}

	/** A comma-separated list of values, each translated when its field has a message family. */
	private static MessageSourceResolvable list(String name, String stored) {
		String family = VALUE_FAMILIES.get(name);
		List<MessageSourceResolvable> items = Arrays.stream(stored.split(", "))
			.map(String::strip)
			.<MessageSourceResolvable>map(item -> family == null ? literal(item)
					: new DefaultMessageSourceResolvable(new String[] { family + item }, null, item))
			.toList();
		MessageSourceResolvable joined = items.get(items.size() - 1);
		for (int i = items.size() - 2; i >= 0; i--) {
			joined = message("audit.detail.list", items.get(i), joined);
		}
		return joined;
	}

	private static MessageSourceResolvable literal(String text) {
		return new DefaultMessageSourceResolvable(null, null, text);
	}

	private static MessageSourceResolvable message(String code, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { code }, args.length == 0 ? null : args);
	}
}
