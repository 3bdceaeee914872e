package org.hutong.sales.tender;

import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.opportunity.OpportunityDirectory;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and work one tender: its owner, anyone whose data scope shows the owner, and whoever may
 * see its deal. Working it needs {@link TenderPermissions#WRITE} as well. A tender the user may not
 * see is "not found", never "forbidden", so ids reveal nothing.
 */
@Component
class TenderAccess {

	private final TenderRepository tenders;

	private final DataScopes scopes;

	private final OpportunityDirectory deals;

	TenderAccess(TenderRepository tenders, DataScopes scopes, OpportunityDirectory deals) {
		this.tenders = tenders;
		this.scopes = scopes;
		this.deals = deals;
	}

	Tender readable(SignedInUser user, long id) {
		Tender tender = tenders.findByIdAndDeletedAtIsNull(id).orElseThrow(RecordNotFound::new);
		if (!mayRead(user, tender)) {
			throw new RecordNotFound();
		}
		return tender;
	}

	Tender writable(SignedInUser user, long id) {
		Tender tender = readable(user, id);
		if (!user.can(TenderPermissions.WRITE)) {
			throw new AccessDeniedException("tender is read-only for this user");
		}
		return tender;
	}

	boolean mayRead(SignedInUser user, Tender tender) {
		return tender.getOwnerId() == user.userId() || scopes.of(user).includes(tender.getOwnerId())
				|| deals.readable(user, tender.getOpportunityId()).isPresent();
	}

	/** Deleting: someone whose data scope covers the owner (the owner included). */
	boolean mayDelete(SignedInUser user, Tender tender) {
		return user.can(TenderPermissions.WRITE) && scopes.of(user).includes(tender.getOwnerId());
	}
}
