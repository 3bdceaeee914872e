package org.hutong.identity.idempotency;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The first answer to an idempotency key, as replayed: the status, the headers a client acts on
 * ({@link #KEPT_HEADERS}) and the body.
 */
record StoredAnswer(int status, Map<String, String> headers, String body) {

	static final java.util.List<String> KEPT_HEADERS = java.util.List.of("Location", "ETag", "Content-Type",
			"Content-Language", "Content-Disposition", "Retry-After");

	/** The headers as stored: one {@code Name: value} per line. */
	String headerLines() {
		StringBuilder lines = new StringBuilder();
		headers.forEach((name, value) -> lines.append(name).append(": ").append(value).append('\n'));
		return lines.toString();
	}

	static Map<String, String> parseHeaders(String lines) {
		Map<String, String> headers = new LinkedHashMap<>();
		if (lines == null) {
			return headers;
		}
		for (String line : lines.split("\n")) {
			int colon = line.indexOf(": ");
			if (colon > 0) {
				headers.put(line.substring(0, colon), line.substring(colon + 2));
			}
		}
		return headers;
	}
}
