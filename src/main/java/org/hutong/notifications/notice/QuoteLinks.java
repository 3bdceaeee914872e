package org.hutong.notifications.notice;

/**
 * Where a quote's notice leads. Like {@link ApprovalLinks}, the notice table has no column for a
 * quote, so the source key starts with it ({@code quote:42:…}) and the link is read back from there.
 */
final class QuoteLinks {

	static final String PREFIX = "quote:";

	private QuoteLinks() {
	}

	static String key(long quoteId, String cause) {
		return PREFIX + quoteId + ":" + cause;
	}

	/** {@code /sales/quotes/{id}}, or {@code null} when the key is not a quote's. */
	static String target(String sourceKey) {
		if (sourceKey == null || !sourceKey.startsWith(PREFIX)) {
			return null;
		}
		int end = sourceKey.indexOf(':', PREFIX.length());
		return "/sales/quotes/" + sourceKey.substring(PREFIX.length(), end < 0 ? sourceKey.length() : end);
	}
}
