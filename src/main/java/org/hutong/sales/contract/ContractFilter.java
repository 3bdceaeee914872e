package org.hutong.sales.contract;

import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * What narrows the contracts: the scope, a keyword (part of the number or title), a status, one
 * customer or one deal, and the cursor of the page (the last id shown, newest first).
 */
public record ContractFilter(ContractScope scope, @Size(max = 50) String q, ContractStatus status, Long customer,
		Long opportunity, Long before) {

	public ContractFilter {
		scope = scope == null ? ContractScope.MINE : scope;
		q = Texts.clean(q);
		q = q == null || q.length() <= 50 ? q : q.substring(0, 50);
	}

	static ContractFilter none() {
		return new ContractFilter(null, null, null, null, null, null);
	}

	static ContractFilter ofCustomer(long customerId) {
		return new ContractFilter(ContractScope.TEAM, null, null, customerId, null, null);
	}

	static ContractFilter ofOpportunity(long opportunityId) {
		return new ContractFilter(ContractScope.TEAM, null, null, null, opportunityId, null);
	}

	public boolean first() {
		return before == null;
	}

	public boolean narrowed() {
		return q != null || status != null;
	}

	ContractFilter before(long id) {
		return new ContractFilter(scope, q, status, customer, opportunity, id);
	}
}
