package org.hutong.approvals.request;

import java.util.List;
import java.util.Set;

import org.hutong.approvals.flow.FlowRules;

/**
 * Whether the submitter may still 撤回 an open request under its flow's rule: any time before the
 * end, only while no approver has approved a step of this round (an approval on timeout counts), or never.
 */
public final class Withdrawals {

	/** What counts as an approver having approved: their 同意, 同意 then 加签 after, or the timeout's. */
	private static final Set<ActionKind> APPROVALS = Set.of(ActionKind.APPROVE, ActionKind.ADD_SIGNER_AFTER,
			ActionKind.TIMEOUT_APPROVE);

	private Withdrawals() {
	}

	public static boolean allowed(FlowRules.Withdrawal rule, ApprovalRequest request, List<ApprovalAction> history) {
		if (!request.getStatus().isOpen()) {
			return false;
		}
		return switch (rule) {
			case BEFORE_END -> true;
			case NEVER -> false;
			case BEFORE_ANY_APPROVAL -> history.stream()
				.noneMatch(a -> a.getRound() == request.getRound() && APPROVALS.contains(a.getAction()));
		};
	}
}
