package org.hutong.approvals.request;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/** Writes a request's timeline: every action and what the engine did on its own (passed, CC, auto rules). */
@Component
class History {

	private final ApprovalActionRepository actions;

	History(ApprovalActionRepository actions) {
		this.actions = actions;
	}

	ApprovalAction record(ApprovalRequest request, ApprovalAction.Entry entry, Instant now) {
		return actions.save(new ApprovalAction(request.getId(), request.getRound(), entry, now));
	}

	List<ApprovalAction> of(long requestId) {
		return actions.findByRequestIdOrderByIdAsc(requestId);
	}
}
