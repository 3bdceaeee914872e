package org.hutong.approvals;

import org.hutong.approvals.request.ApprovalTaskRepository;
import org.hutong.approvals.request.TaskState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts for the inbox and the home page's 待审批 card, in the current enterprise. */
@Service
@Transactional(readOnly = true)
public class ApprovalInbox {

	private final ApprovalTaskRepository tasks;

	ApprovalInbox(ApprovalTaskRepository tasks) {
		this.tasks = tasks;
	}

	/** 待我审批: how many tasks wait for the user's decision. */
	public long pendingCount(long userId) {
		return tasks.countByAssigneeIdAndState(userId, TaskState.PENDING);
	}
}
