package org.hutong.customers.followup;

import org.hutong.customers.LeadConverted;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.customers.lead.LeadRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a lead is converted, its follow-ups join the new customer's timeline (they keep naming the lead
 * too) and the customer takes the lead's last and next follow-up. Runs inside the conversion's
 * transaction, so a conversion that fails moves nothing.
 */
@Component
class ConvertedLeads {

	private final FollowUpRepository followUps;

	private final LeadRepository leads;

	private final CustomerRepository customers;

	ConvertedLeads(FollowUpRepository followUps, LeadRepository leads, CustomerRepository customers) {
		this.followUps = followUps;
		this.leads = leads;
		this.customers = customers;
	}

	@EventListener
	void on(LeadConverted converted) {
		followUps.moveToCustomer(converted.leadId(), converted.customerId());
		leads.findById(converted.leadId())
			.filter(lead -> lead.getLastFollowUpAt() != null)
			.ifPresent(lead -> customers.findById(converted.customerId())
				.ifPresent(customer -> customer.followedUp(lead.getLastFollowUpAt(), lead.getNextFollowUpOn())));
	}
}
