package org.hutong.sales.quote;

import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.opportunity.OpportunityDirectory;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and work one quote: its owner, anyone whose data scope shows the owner, and whoever may
 * see the deal it was made for. Working it needs {@link QuotePermissions#WRITE} as well. A quote the
 * user may not see is "not found", never "forbidden", so ids reveal nothing.
 */
@Component
class QuoteAccess {

	private final QuoteRepository quotes;

	private final DataScopes scopes;

	private final OpportunityDirectory deals;

	QuoteAccess(QuoteRepository quotes, DataScopes scopes, OpportunityDirectory deals) {
		this.quotes = quotes;
		this.scopes = scopes;
		this.deals = deals;
	}

	Quote readable(SignedInUser user, long id) {
		Quote quote = quotes.findByIdAndDeletedAtIsNull(id).orElseThrow(RecordNotFound::new);
		if (!mayRead(user, quote)) {
			throw new RecordNotFound();
		}
		return quote;
	}

	Quote writable(SignedInUser user, long id) {
		Quote quote = readable(user, id);
		if (!user.can(QuotePermissions.WRITE)) {
			throw new AccessDeniedException("quote is read-only for this user");
		}
		return quote;
	}

	boolean mayRead(SignedInUser user, Quote quote) {
		return quote.getOwnerId() == user.userId() || scopes.of(user).includes(quote.getOwnerId())
				|| (quote.getOpportunityId() != null && deals.readable(user, quote.getOpportunityId()).isPresent());
	}

	/** Deleting: the owner, or someone whose data scope covers the owner. */
	boolean mayDelete(SignedInUser user, Quote quote) {
		return user.can(QuotePermissions.WRITE) && scopes.of(user).includes(quote.getOwnerId());
	}
}
