package org.hutong.approvals.request;

import org.hutong.approvals.ApprovalRefused;

/** The task is no longer the actor's to decide (已由他人处理, withdrawn, transferred, timed out); nothing changed. */
public class TaskNoLongerYours extends RuntimeException implements ApprovalRefused {

	public TaskNoLongerYours(long taskId) {
		super("task " + taskId + " is no longer yours");
	}

	@Override
	public String messageCode() {
		return "approvals.error.task-no-longer-yours";
	}
}
