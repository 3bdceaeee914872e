package org.hutong.approvals.request;

/** The request is not in a state for this action (ended, returned, or running); nothing changed. */
public class RequestNotOpen extends RuntimeException {

	public RequestNotOpen(Long requestId) {
		super("approval request " + requestId + " is not open for this action");
	}

	public String messageCode() {
		return "approvals.error.request-not-open";
	}
}
