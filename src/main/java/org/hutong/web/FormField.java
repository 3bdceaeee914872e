package org.hutong.web;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One field of a page's form as a template writes it: the name, the value to show (what the user
 * typed when it was rejected, else the form's value formatted by its binder), and the field's error
 * messages in the request's locale.
 */
public record FormField(String name, Object value, List<String> errors) {

	/** The value as the control's {@code value} attribute: empty for none. */
	public String text() {
		return value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
	}

	public boolean invalid() {
		return !errors.isEmpty();
	}

	/** The {@code invalid} class of the field's label with its leading space, or nothing: {@code class="field${f.invalidClass()}"}. */
	public String invalidClass() {
		return invalid() ? " invalid" : "";
	}

	/**
	 * Whether this option is the field's value, or one of them when the field holds several (a
	 * collection or an array): for {@code selected} and {@code checked}.
	 */
	public boolean is(Object option) {
		if (option == null || value == null) {
			return false;
		}
		String wanted = option instanceof Enum<?> e ? e.name() : option.toString();
		if (value instanceof Collection<?> values) {
			return values.stream().anyMatch(v -> wanted.equals(text(v)));
		}
		if (value.getClass().isArray()) {
			for (int i = 0; i < Array.getLength(value); i++) {
				if (wanted.equals(text(Array.get(value, i)))) {
					return true;
				}
			}
			return false;
		}
		return wanted.equals(text());
	}

	/** A boolean field, for a checkbox's {@code checked}. */
	public boolean checked() {
		return Boolean.TRUE.equals(value) || "true".equals(value);
	}

	private static String text(Object value) {
		return value instanceof Enum<?> e ? e.name() : Objects.toString(value, "");
	}
}
