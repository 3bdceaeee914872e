package org.hutong.approvals.request;

/** A transfer or added signer must be another active user of the same enterprise. */
public class NotAnActiveColleague extends RuntimeException {

	public NotAnActiveColleague(long userId) {
		super("not an active colleague: " + userId);
	}

	public String messageCode() {
		return "approvals.error.not-an-active-colleague";
	}
}
