package org.hutong.approvals.request;

/** Only the submitter may withdraw, remind or resubmit. */
public class NotTheSubmitter extends RuntimeException {

	public NotTheSubmitter(long requestId) {
		super("not the submitter of " + requestId);
	}

	public String messageCode() {
		return "approvals.error.not-the-submitter";
	}
}
