package org.hutong.sales.quote;

/**
 * Where the discount approval of a quote stands: none asked, 审批中, 已批准 (up to
 * the discount it was asked for), 已驳回. Withdrawing a request puts it back to none.
 */
public enum QuoteApproval {
	NONE, PENDING, APPROVED, REJECTED
}
