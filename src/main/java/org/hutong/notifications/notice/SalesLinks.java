package org.hutong.notifications.notice;

/**
 * Where a notice about a sales record leads. Like {@link ApprovalLinks}, the notice table has no
 * column for a quote or a tender, so the source key starts with it ({@code quote:42:…},
 * {@code tender:7:DEADLINE:2027-01-05}, {@code opportunity:9:close:2027-01-05}, {@code contract:3:receipt:12}) and the link is read back from there.
 */
final class SalesLinks {

	static final String QUOTE = "quote:";

	static final String TENDER = "tender:";

	static final String OPPORTUNITY = "opportunity:";

	static final String CONTRACT = "contract:";

	private SalesLinks() {
	}

	static String quoteKey(long quoteId, String cause) {
		return QUOTE + quoteId + ":" + cause;
	}

	static String opportunityKey(long opportunityId, String cause) {
		return OPPORTUNITY + opportunityId + ":" + cause;
	}

	static String contractKey(long contractId, String cause) {
		return CONTRACT + contractId + ":" + cause;
	}

	static String tenderKey(long tenderId, String dateKind, String day) {
		return TENDER + tenderId + ":" + dateKind + ":" + day;
	}

	/** {@code /sales/quotes/{id}} or {@code /sales/tenders/{id}}, or {@code null} when the key is neither's. */
	static String target(String sourceKey) {
		if (sourceKey == null) {
			return null;
		}
		if (sourceKey.startsWith(QUOTE)) {
			return "/sales/quotes/" + part(sourceKey, QUOTE.length());
		}
		if (sourceKey.startsWith(TENDER)) {
			return "/sales/tenders/" + part(sourceKey, TENDER.length());
		}
		if (sourceKey.startsWith(OPPORTUNITY)) {
			return "/sales/opportunities/" + part(sourceKey, OPPORTUNITY.length());
		}
		if (sourceKey.startsWith(CONTRACT)) {
			return "/sales/contracts/" + part(sourceKey, CONTRACT.length());
		}
		return null;
	}

	/** The tender date a reminder is about ({@code DEADLINE} …), or {@code null}. */
	static String tenderDate(String sourceKey) {
		if (sourceKey == null || !sourceKey.startsWith(TENDER)) {
			return null;
		}
		String rest = sourceKey.substring(TENDER.length());
		String[] parts = rest.split(":");
		return parts.length > 1 ? parts[1] : null;
	}

	private static String part(String key, int from) {
		int end = key.indexOf(':', from);
		return key.substring(from, end < 0 ? key.length() : end);
	}
}
