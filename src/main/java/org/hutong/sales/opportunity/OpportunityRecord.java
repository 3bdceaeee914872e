package org.hutong.sales.opportunity;

import java.util.Optional;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.SalesRecord;
import org.springframework.stereotype.Component;

/** 商机 as other modules refer to them (posts in the feed about one), by the rule of the deal's page. */
@Component
class OpportunityRecord implements SalesRecord {

	private final OpportunityDirectory deals;

	OpportunityRecord(OpportunityDirectory deals) {
		this.deals = deals;
	}

	@Override
	public String type() {
		return "opportunity";
	}

	@Override
	public boolean canRead(SignedInUser user, long id) {
		return deals.canRead(user, id);
	}

	@Override
	public Optional<String> label(long id) {
		return deals.name(id);
	}

	@Override
	public String href(long id) {
		return "/sales/opportunities/" + id;
	}
}
