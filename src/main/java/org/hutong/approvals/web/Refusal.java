package org.hutong.approvals.web;

import java.time.Instant;
import java.util.Optional;

import org.hutong.approvals.ApprovalRefused;
import org.hutong.approvals.request.RemindTooSoon;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Why the engine refused an action, as the page says it: a message key and, for 催办, when it is
 * allowed again. An action that lost a race (已由他人处理) is one of these, never an error page.
 */
public record Refusal(String code, Instant at) {

	public static Optional<Refusal> of(RuntimeException refused) {
		String code = code(refused);
		Instant at = refused instanceof RemindTooSoon soon ? soon.nextAllowedAt() : null;
		return Optional.ofNullable(code).map(found -> new Refusal(found, at));
	}

	private static String code(RuntimeException refused) {
		if (refused instanceof ObjectOptimisticLockingFailureException) {
			return "approvals.error.stale";
		}
		return refused instanceof ApprovalRefused reason ? reason.messageCode() : null;
	}
}
