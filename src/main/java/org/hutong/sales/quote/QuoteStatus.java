package org.hutong.sales.quote;

/**
 * Where a quote stands: 草稿 while it is worked on, 已发送 once it went to the customer, then 已接受 or
 * 已拒绝 as the customer answered, or 已过期 when its validity passed unanswered. A sent, rejected or
 * expired quote can be revised: that makes its next version, a draft again.
 */
public enum QuoteStatus {

	DRAFT, SENT, ACCEPTED, REJECTED, EXPIRED;

	public boolean revisable() {
		return this != ACCEPTED;
	}
}
