package org.hutong.web;

/** Reads the version an API client names in {@code If-Match}: {@code "3"}, {@code W/"3"} or {@code 3}. */
public final class Versions {

	private Versions() {
	}

	/** The version in the header, {@code fallback} when there is none, {@code -1} when it is unreadable. */
	public static Long fromIfMatch(String ifMatch, Long fallback) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return fallback;
		}
		String value = ifMatch.strip().replace("W/", "").replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException unreadable) {
			return -1L;
		}
	}
}
