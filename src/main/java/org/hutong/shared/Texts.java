package org.hutong.shared;

/** Small text normalisation shared by forms and imports. */
public final class Texts {

	private Texts() {
	}

	/** Trims the value and turns a blank one into {@code null}, so optional fields store nothing. */
	public static String clean(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}
}
