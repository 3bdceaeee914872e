package org.hutong.approvals.request;

import org.hutong.approvals.ApprovalRefused;

/** A transfer or added signer must be another active user of the same enterprise. */
public class NotAnActiveColleague extends RuntimeException implements ApprovalRefused {

	public NotAnActiveColleague(long userId) {
		super("not an active colleague: " + userId);
	}

	@Override
	public String messageCode() {
		return "approvals.error.not-an-active-colleague";
	}
}
