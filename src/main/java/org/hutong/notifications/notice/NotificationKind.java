package org.hutong.notifications.notice;

/** What a notice is about; each has its sentence in the bundle ({@code notification.kind.…}). */
public enum NotificationKind {

	/** Someone @-mentioned the recipient in a post or a comment. */
	MENTIONED,

	/** Someone commented on the recipient's post. */
	COMMENTED,

	/** Someone replied to the recipient's comment. */
	REPLIED,

	/** Someone liked the recipient's post (one notice per liker and post). */
	LIKED,

	/** A customer of the recipient's is due for a follow-up today. */
	FOLLOW_UP_DUE,

	/** A customer of the recipient's goes back to the pool soon unless followed up. */
	RECLAIM_WARNING,

	/** A 审批单 waits for the recipient's decision (submitted, or the step moved on to them). */
	APPROVAL_PENDING,

	/** An approver handed their task to the recipient (转交). */
	APPROVAL_TRANSFERRED,

	/** An approver added the recipient as a signer (加签). */
	APPROVAL_ADDED_SIGNER,

	/** 催办: the recipient's task was reminded by its submitter or its node's timeout. */
	APPROVAL_REMINDED,

	/** An approver approved a step of the recipient's 审批单. */
	APPROVAL_STEP_APPROVED,

	/** An approver returned the recipient's 审批单 (退回). */
	APPROVAL_RETURNED,

	/** The recipient's 审批单 was approved in the end. */
	APPROVAL_APPROVED,

	/** The recipient's 审批单 was rejected. */
	APPROVAL_REJECTED,

	/** A 审批单 was copied to the recipient (抄送). */
	APPROVAL_CC,

	/** The morning's list of approvals waiting for the recipient. */
	APPROVAL_DIGEST,

	/** A colleague delegated their approvals to the recipient for some days (委托). */
	APPROVAL_DELEGATED,

	/** A sent quote of the recipient's ends its validity within days, unanswered. */
	QUOTE_EXPIRING,

	/** A sent quote of the recipient's passed its validity unanswered and is now 已过期. */
	QUOTE_EXPIRED,

	/** A key date of an open tender of the recipient's (报名 · 购买标书 · 答疑 · 投标截止 · 开标) is today or tomorrow. */
	TENDER_DATE_DUE,

	/** An open 商机 of the recipient's is expected to close today. */
	OPPORTUNITY_CLOSE_DUE,

	/** Finance confirmed a 回款 under a contract of the recipient's. */
	PAYMENT_RECEIVED,

	/** A payment term of a contract of the recipient's falls due within days. */
	TERM_DUE_SOON,

	/** A payment term of a contract of the recipient's is past its due day with money still owed. */
	TERM_OVERDUE,

	/** Finance issued an invoice (开票) under a contract of the recipient's. */
	INVOICE_ISSUED,

	/** The 质保金 of a contract of the recipient's came back in full. */
	RETENTION_RELEASED,

	/** A bank guarantee (质量保函) of a contract of the recipient's expires within 30 days. */
	GUARANTEE_EXPIRING,

	/** A contract of the recipient's in effect reaches its end date within the enterprise's 到期提醒提前天数. */
	CONTRACT_EXPIRING,

	/** A colleague gave the recipient a task of an R&D project. */
	TASK_ASSIGNED,

	/** An open task of the recipient's falls due today or tomorrow. */
	TASK_DUE,

	/** A project the recipient manages spent 80 % or 100 % of its budget, in total or in a category. */
	BUDGET_WARNING,

	/** A project the recipient manages was put on hold by a gate until today. */
	HOLD_ENDS,

	/** A project the recipient manages or is a member of published its 项目周报 of a week. */
	REPORT_PUBLISHED
}
