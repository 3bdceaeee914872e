package org.hutong.customers.lead;

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

	LeadAccess(LeadRepository leads, DataScopes scopes) {
		this.leads = leads;
		this.scopes = scopes;
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
