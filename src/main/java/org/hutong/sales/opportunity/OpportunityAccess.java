package org.hutong.sales.opportunity;

import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and work one deal: its team (owner and members) always, anyone else whose data scope
 * shows its owner. Working it needs {@link OpportunityPermissions#WRITE} as well. A deal the user may
 * not see is "not found", never "forbidden", so ids reveal nothing.
 */
@Component
class OpportunityAccess {

	private final OpportunityRepository opportunities;

	private final DataScopes scopes;

	OpportunityAccess(OpportunityRepository opportunities, DataScopes scopes) {
		this.opportunities = opportunities;
		this.scopes = scopes;
	}

	Opportunity readable(SignedInUser user, long id) {
		Opportunity opportunity = opportunities.findByIdAndDeletedAtIsNull(id).orElseThrow(RecordNotFound::new);
		if (!mayRead(user, opportunity)) {
			throw new RecordNotFound();
		}
		return opportunity;
	}

	Opportunity writable(SignedInUser user, long id) {
		Opportunity opportunity = readable(user, id);
		if (!user.can(OpportunityPermissions.WRITE)) {
			throw new AccessDeniedException("opportunity is read-only for this user");
		}
		return opportunity;
	}

	boolean mayRead(SignedInUser user, Opportunity opportunity) {
		return opportunity.isOnTeam(user.userId()) || scopes.of(user).includes(opportunity.getOwnerId());
	}

	/** Deleting: the owner, or someone whose data scope covers the owner (a team member does not). */
	boolean mayDelete(SignedInUser user, Opportunity opportunity) {
		return user.can(OpportunityPermissions.WRITE) && scopes.of(user).includes(opportunity.getOwnerId());
	}
}
