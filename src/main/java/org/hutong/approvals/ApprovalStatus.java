package org.hutong.approvals;

/** Where a 审批单 stands: running, returned to its submitter, or ended. */
public enum ApprovalStatus {
	PENDING, RETURNED, APPROVED, REJECTED, WITHDRAWN;

	/** Whether the request has not ended: a subject may have one such request per flow. */
	public boolean isOpen() {
		return this == PENDING || this == RETURNED;
	}
}
