package org.hutong.approvals.api;

/**
 * The version a client saw, from {@code If-Match} (an ETag such as {@code "7"} or {@code W/"7"}) or
 * a {@code version} field; actions need one, so a client cannot act on a request it has not read.
 */
final class ExpectedVersion {

	private ExpectedVersion() {
	}

	static long of(String ifMatch, Long version) {
		if (ifMatch != null && !ifMatch.isBlank()) {
			String tag = ifMatch.trim();
			tag = tag.startsWith("W/") ? tag.substring(2) : tag;
			try {
				return Long.parseLong(tag.replace("\"", "").trim());
			}
			catch (NumberFormatException unreadable) {
				throw new VersionRequired();
			}
		}
		if (version == null) {
			throw new VersionRequired();
		}
		return version;
	}

	/** Neither {@code If-Match} nor {@code version} (or an unreadable one): 428, nothing changed. */
	static final class VersionRequired extends RuntimeException {

		VersionRequired() {
			super("an expected version is required");
		}
	}
}
