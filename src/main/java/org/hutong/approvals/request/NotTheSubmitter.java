package org.hutong.approvals.request;

import org.hutong.approvals.ApprovalRefused;

/** Only the submitter may withdraw, remind or resubmit. */
public class NotTheSubmitter extends RuntimeException implements ApprovalRefused {

	public NotTheSubmitter(long requestId) {
		super("not the submitter of " + requestId);
	}

	@Override
	public String messageCode() {
		return "approvals.error.not-the-submitter";
	}
}
