package org.hutong.customers.followup;

import org.hutong.customers.customer.CustomerAccess;
import org.hutong.customers.lead.Lead;
import org.hutong.customers.lead.LeadAccess;
import org.hutong.identity.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * What a follow-up is on — a customer, or a lead not yet converted — and who may see it: whoever may
 * read the customer (after a conversion, the lead's follow-ups belong to its customer) or the lead.
 */
@Component
class Subjects {

	private final CustomerAccess customers;

	private final LeadAccess leads;

	Subjects(CustomerAccess customers, LeadAccess leads) {
		this.customers = customers;
		this.leads = leads;
	}

	CustomerAccess customers() {
		return customers;
	}

	Lead lead(SignedInUser viewer, long leadId) {
		return leads.readable(viewer, leadId);
	}

	/** {@code RecordNotFound} unless the viewer may read what the follow-up is on. */
	void requireReadable(SignedInUser viewer, FollowUp followUp) {
		if (followUp.getCustomerId() != null) {
			customers.readable(viewer, followUp.getCustomerId());
		}
		else {
			leads.readable(viewer, followUp.getLeadId());
		}
	}
}
