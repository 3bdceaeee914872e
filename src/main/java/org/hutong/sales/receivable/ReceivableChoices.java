package org.hutong.sales.receivable;

import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerSummary;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.springframework.stereotype.Component;

/** What the receivables' 筛选 sheets offer: the 负责人 and departments the data scope shows, and the chosen customer's name. */
@Component
class ReceivableChoices {

	private final ReceivableScope scope;

	private final OrgChart org;

	private final CustomerDirectory customers;

	ReceivableChoices(ReceivableScope scope, OrgChart org, CustomerDirectory customers) {
		this.scope = scope;
		this.org = org;
		this.customers = customers;
	}

	OrgChart.TeamChoices team(SignedInUser user) {
		return org.teamChoices(scope.visible(user));
	}

	String customerName(Long id) {
		return id == null ? null : customers.find(id).map(CustomerSummary::name).orElse("—");
	}
}
