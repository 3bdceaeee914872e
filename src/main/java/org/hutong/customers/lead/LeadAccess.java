package org.hutong.customers.lead;

import org.hutong.customers.customer.CustomerAccess;
import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.stereotype.Component;

/**
 * Who may see one lead: those whose data scope shows its owner. Whoever sees a lead may work it
 * (with {@code customers.write}). A lead the user may not see is "not found", so ids reveal nothing.
 */
@Component
public class LeadAccess {

	private final LeadRepository leads;

	private final DataScopes scopes;

	private final CustomerAccess customers;

	LeadAccess(LeadRepository leads, DataScopes scopes, CustomerAccess customers) {
		this.leads = leads;
		this.scopes = scopes;
		this.customers = customers;
	}

	/**
	 * A converted lead's mobile is its customer's contact's: masked, as there, for whoever neither
	 * owns nor shares that customer. An open lead's mobile is its owner's to work.
	 */
	public boolean masksMobile(SignedInUser user, Lead lead) {
		return lead.getConvertedCustomerId() != null && lead.getMobile() != null
				&& !customers.seesMobiles(user, lead.getConvertedCustomerId());
	}

	/** A live lead the user's data scope covers, or {@link RecordNotFound}. */
	public Lead readable(SignedInUser user, long id) {
		Lead lead = leads.findByIdAndDeletedAtIsNull(id).orElseThrow(RecordNotFound::new);
		if (!scopes.of(user).includes(lead.getOwnerId())) {
			throw new RecordNotFound();
		}
		return lead;
	}
}
