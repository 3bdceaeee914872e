package org.hutong.approvals;

/** A 审批单 as other modules hold it. */
public record ApprovalRequestId(long value) {
}
