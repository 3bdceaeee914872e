package org.hutong.approvals.web;

import java.time.Instant;
import java.util.Optional;

import org.hutong.approvals.OpenRequestExists;
import org.hutong.approvals.UnknownFlow;
import org.hutong.approvals.request.CommentRequired;
import org.hutong.approvals.request.NotAnActiveColleague;
import org.hutong.approvals.request.NotAnEarlierNode;
import org.hutong.approvals.request.NotTheSubmitter;
import org.hutong.approvals.request.RemindTooSoon;
import org.hutong.approvals.request.RequestNotOpen;
import org.hutong.approvals.request.StaleApprovalException;
import org.hutong.approvals.request.TaskNoLongerYours;
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
		if (refused instanceof TaskNoLongerYours e) {
			return e.messageCode();
		}
		if (refused instanceof StaleApprovalException e) {
			return e.messageCode();
		}
		if (refused instanceof CommentRequired e) {
			return e.messageCode();
		}
		if (refused instanceof NotTheSubmitter e) {
			return e.messageCode();
		}
		if (refused instanceof NotAnEarlierNode e) {
			return e.messageCode();
		}
		return more(refused);
	}

	private static String more(RuntimeException refused) {
		if (refused instanceof RequestNotOpen e) {
			return e.messageCode();
		}
		if (refused instanceof NotAnActiveColleague e) {
			return e.messageCode();
		}
		if (refused instanceof OpenRequestExists e) {
			return e.messageCode();
		}
		if (refused instanceof UnknownFlow e) {
			return e.messageCode();
		}
		if (refused instanceof RemindTooSoon e) {
			return e.messageCode();
		}
		return null;
	}
}
