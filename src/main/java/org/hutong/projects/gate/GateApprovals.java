package org.hutong.projects.gate;

import org.hutong.approvals.ApprovalDecided;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.tenancy.TenantContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A 阶段评审 approval ended. Decided on the gate page, the review is decided already and this changes
 * nothing; ended in the 审批 inbox, the review records it ({@link GateReviews#approvalEnded}), so the
 * inbox never leaves a gate the review does not record. A repeated event changes nothing.
 */
@Component
class GateApprovals {

	private final GateReviews reviews;

	private final TransactionTemplate transactions;

	GateApprovals(GateReviews reviews, TransactionTemplate transactions) {
		this.reviews = reviews;
		this.transactions = transactions;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApprovalDecided decided) {
		if (decided.subject() == null || !GateFlow.SUBJECT.equals(decided.subject().type())
				|| !GateFlow.KEY.equals(decided.flowKey())) {
			return;
		}
		TenantContext.runAs(decided.tenantId(), () -> transactions.executeWithoutResult(status -> reviews.approvalEnded(
				decided.tenantId(), decided.requestId(), decided.outcome() == ApprovalStatus.APPROVED,
				decided.outcome() == ApprovalStatus.WITHDRAWN)));
	}
}
