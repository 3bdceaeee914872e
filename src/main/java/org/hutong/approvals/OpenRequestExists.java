package org.hutong.approvals;

/** The record already has a 审批单 of this flow that has not ended; a second one is refused. */
public class OpenRequestExists extends RuntimeException implements ApprovalRefused {

	private final long requestId;

	public OpenRequestExists(long requestId) {
		super("an open approval request exists: " + requestId);
		this.requestId = requestId;
	}

	public long requestId() {
		return requestId;
	}

	@Override
	public String messageCode() {
		return "approvals.error.open-request-exists";
	}
}
