package org.hutong.approvals.request;

import java.time.Instant;

import org.hutong.approvals.ApprovalRefused;

/** 催办 at most once an hour per request: answers when the next reminder is allowed. */
public class RemindTooSoon extends RuntimeException implements ApprovalRefused {

	private final Instant nextAllowedAt;

	public RemindTooSoon(Instant nextAllowedAt) {
		super("remind again at " + nextAllowedAt);
		this.nextAllowedAt = nextAllowedAt;
	}

	public Instant nextAllowedAt() {
		return nextAllowedAt;
	}

	@Override
	public String messageCode() {
		return "approvals.error.remind-too-soon";
	}
}
