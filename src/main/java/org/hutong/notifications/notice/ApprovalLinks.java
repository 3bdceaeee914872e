package org.hutong.notifications.notice;

/**
 * Where an approval notice leads. The notice table has no column for a 审批单, so its source key
 * starts with the request ({@code approval:42:…}) and the link is read back from there; the digest's
 * key leads to the inbox, a delegation's to the delegation page.
 */
final class ApprovalLinks {

	static final String PREFIX = "approval:";

	static final String DIGEST = "approval-digest:";

	static final String DELEGATION = "approval-delegation:";

	private ApprovalLinks() {
	}

	static String key(long requestId, String cause) {
		return PREFIX + requestId + ":" + cause;
	}

	/** {@code /approvals/{id}} or {@code /approvals}, or {@code null} when the key is not an approval's. */
	static String target(String sourceKey) {
		if (sourceKey == null) {
			return null;
		}
		if (sourceKey.startsWith(DIGEST)) {
			return "/approvals";
		}
		if (sourceKey.startsWith(DELEGATION)) {
			return "/approvals/delegation";
		}
		if (!sourceKey.startsWith(PREFIX)) {
			return null;
		}
		int end = sourceKey.indexOf(':', PREFIX.length());
		return "/approvals/" + sourceKey.substring(PREFIX.length(), end < 0 ? sourceKey.length() : end);
	}
}
