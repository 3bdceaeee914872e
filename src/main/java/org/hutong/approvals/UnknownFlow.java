package org.hutong.approvals;

/** No enabled flow of this key in the enterprise, or the user may not submit it. */
public class UnknownFlow extends RuntimeException implements ApprovalRefused {

	public UnknownFlow(String flowKey) {
		super("no enabled flow " + flowKey + " for this user");
	}

	@Override
	public String messageCode() {
		return "approvals.error.unknown-flow";
	}
}
