package org.hutong.approvals.form;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A label in Chinese and, optionally, English. Kept inside the form's JSON rather than as message
 * keys so that an administrator renames stock and own fields the same way; English pages fall
 * back to the Chinese text when no English one was given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Label(String zh, String en) {

	public static Label of(String zh, String en) {
		return new Label(zh, en);
	}

	public static Label of(String zh) {
		return new Label(zh, null);
	}

	public String in(Locale locale) {
		boolean english = "en".equals(locale.getLanguage()) && en != null && !en.isBlank();
		return english ? en : zh;
	}

	boolean isBlank() {
		return zh == null || zh.isBlank();
	}
}
