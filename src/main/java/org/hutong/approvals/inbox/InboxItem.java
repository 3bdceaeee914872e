package org.hutong.approvals.inbox;

import java.time.Instant;

import org.hutong.approvals.ApprovalStatus;

/**
 * One request in the inbox. {@code taskId} is the viewer's pending task (待我审批 only); with it the
 * list offers 同意 at {@code version}, unless the node asks for a comment.
 */
public record InboxItem(long requestId, String number, String title, String summary, String flowName,
		String submitterName, Instant submittedAt, ApprovalStatus status, Long taskId, long version,
		boolean commentRequired, String delegatedFromName) {

	public boolean approvableHere() {
		return taskId != null && !commentRequired && status == ApprovalStatus.PENDING;
	}
}
