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

	/**
	 * Whether the value fits a {@code VARCHAR(length)} column on both databases. PostgreSQL counts
	 * code points, H2 counts UTF-16 units; the units are never fewer, so they are the measure.
	 */
	public static boolean fits(String value, int length) {
		return value == null || value.length() <= length;
	}

	/** The value cut to fit a {@code VARCHAR(length)} column, never splitting a 4-byte character. */
	public static String fitted(String value, int length) {
		if (fits(value, length)) {
			return value;
		}
		int end = Character.isHighSurrogate(value.charAt(length - 1)) ? length - 1 : length;
		return value.substring(0, end);
	}
}
