package org.hutong.approvals.request;

import java.util.Set;

/**
 * Where a task stands. {@code WAITING}: a later approver of a 依次 node; {@code ON_HOLD}: waiting for
 * a signer added before its assignee; {@code CANCELLED}: closed without a decision (已由他人处理, the
 * request withdrawn, returned or rejected elsewhere).
 */
public enum TaskState {
	WAITING, PENDING, ON_HOLD, APPROVED, REJECTED, TRANSFERRED, RETURNED, CANCELLED;

	static final Set<TaskState> OPEN = Set.of(WAITING, PENDING, ON_HOLD);

	boolean isOpen() {
		return OPEN.contains(this);
	}
}
