package org.hutong.approvals.request;

import org.hutong.approvals.ApprovalRefused;

/** The request is not in a state for this action (ended, returned, or running); nothing changed. */
public class RequestNotOpen extends RuntimeException implements ApprovalRefused {

	public RequestNotOpen(Long requestId) {
		super("approval request " + requestId + " is not open for this action");
	}

	@Override
	public String messageCode() {
		return "approvals.error.request-not-open";
	}
}
