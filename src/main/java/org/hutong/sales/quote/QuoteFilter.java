package org.hutong.sales.quote;

import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * What narrows the quotes: the scope, a keyword (part of the number or title), a status, the
 * approval state (审批中 for a manager's look at what waits), one customer or one deal, and the
 * cursor of the page (the last id shown, newest first).
 */
public record QuoteFilter(QuoteScope scope, @Size(max = 50) String q, QuoteStatus status, Long customer,
		Long opportunity, QuoteApproval approval, Long before) {

	public QuoteFilter {
		scope = scope == null ? QuoteScope.MINE : scope;
		q = Texts.clean(q);
		q = q == null || q.length() <= 50 ? q : q.substring(0, 50);
	}

	static QuoteFilter none() {
		return new QuoteFilter(null, null, null, null, null, null, null);
	}

	static QuoteFilter ofCustomer(long customerId) {
		return new QuoteFilter(QuoteScope.TEAM, null, null, customerId, null, null, null);
	}

	static QuoteFilter ofOpportunity(long opportunityId) {
		return new QuoteFilter(QuoteScope.TEAM, null, null, null, opportunityId, null, null);
	}

	public boolean first() {
		return before == null;
	}

	public boolean narrowed() {
		return q != null || status != null || approval != null;
	}

	QuoteFilter before(long id) {
		return new QuoteFilter(scope, q, status, customer, opportunity, approval, id);
	}
}
