package org.hutong.approvals.request;

import java.time.Instant;

/** 催办 at most once an hour per request: answers when the next reminder is allowed. */
public class RemindTooSoon extends RuntimeException {

	private final Instant nextAllowedAt;

	public RemindTooSoon(Instant nextAllowedAt) {
		super("remind again at " + nextAllowedAt);
		this.nextAllowedAt = nextAllowedAt;
	}

	public Instant nextAllowedAt() {
		return nextAllowedAt;
	}

	public String messageCode() {
		return "approvals.error.remind-too-soon";
	}
}
