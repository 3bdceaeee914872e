package org.hutong.approvals.request;

import org.hutong.approvals.ApprovalRefused;

/** The request changed since the actor read it (optimistic lock); answer 409, nothing changed. */
public class StaleApprovalException extends RuntimeException implements ApprovalRefused {

	public StaleApprovalException(long requestId) {
		super("approval request " + requestId + " changed meanwhile");
	}

	@Override
	public String messageCode() {
		return "approvals.error.stale";
	}
}
