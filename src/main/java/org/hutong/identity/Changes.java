package org.hutong.identity;

import java.util.Collection;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * The detail of an audit entry for a create or an edit, one format for every module:
 * {@code name: old → new; roles: +销售总监 -销售代表}. Only what changed is listed. Never give it a
 * password or a secret.
 */
public final class Changes {

	private final StringJoiner parts = new StringJoiner("; ");

	/** A simple field; listed only when the value changed. */
	public Changes field(String name, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			parts.add(name + ": " + shown(before) + " → " + shown(after));
		}
		return this;
	}

	/** A value a new record starts with; listed only when there is one. */
	public Changes value(String name, Object value) {
		if (value != null && !(value instanceof Collection<?> values && values.isEmpty())) {
			parts.add(name + "=" + shown(value));
		}
		return this;
	}

	/** A set of names: what was added and what was removed. */
	public Changes set(String name, Collection<String> before, Collection<String> after) {
		StringJoiner delta = new StringJoiner(" ");
		new TreeSet<>(after).stream().filter(item -> !before.contains(item)).forEach(item -> delta.add("+" + item));
		new TreeSet<>(before).stream().filter(item -> !after.contains(item)).forEach(item -> delta.add("-" + item));
		if (delta.length() > 0) {
			parts.add(name + ": " + delta);
		}
		return this;
	}

	public boolean isEmpty() {
		return parts.length() == 0;
	}

	/** The detail line, or {@code null} when nothing changed. */
	public String text() {
		return isEmpty() ? null : parts.toString();
	}

	@Override
	public String toString() {
		return parts.toString();
	}

	private static String shown(Object value) {
		if (value instanceof Collection<?> values) {
			return String.join(", ", values.stream().map(String::valueOf).toList());
		}
		return value == null ? "—" : String.valueOf(value);
	}
}
