/**
 * 审批 (approvals): the OA that Hutong replaces. Flows are versioned node trees (审批人 依次 / 会签 / 或签,
 * 抄送, 条件分支, 并行分支) with flow-wide rules; requests run on the version they started with, along a
 * route planned at submission, as tasks of the people each node resolves to; every action locks the
 * request row and is kept in its history (ADR 0033). Other modules ask for approval of their records
 * through {@link org.hutong.approvals.Approvals}, read counts from {@link org.hutong.approvals.ApprovalInbox} and,
 * once a form request is decided, its values from {@link org.hutong.approvals.RequestForms}.
 * Events out: {@link org.hutong.approvals.ApprovalRequested}, {@link org.hutong.approvals.ApprovalStepDecided},
 * {@link org.hutong.approvals.ApprovalDecided} (with the subject), {@link org.hutong.approvals.ApprovalReturned},
 * {@link org.hutong.approvals.ApprovalCcd}, {@link org.hutong.approvals.ApprovalReminded}, and each morning
 * {@link org.hutong.approvals.ApprovalsAwaiting}; {@link org.hutong.approvals.PendingApprovals} says who has
 * what waiting. Nothing here knows sales or projects.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Approvals",
		allowedDependencies = { "shared", "tenancy", "identity", "web", "files" })
package org.hutong.approvals;
