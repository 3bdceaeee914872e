package org.hutong.approvals.request;

/** The request changed since the actor read it (optimistic lock); answer 409, nothing changed. */
public class StaleApprovalException extends RuntimeException {

	public StaleApprovalException(long requestId) {
		super("approval request " + requestId + " changed meanwhile");
	}

	public String messageCode() {
		return "approvals.error.stale";
	}
}
