package org.hutong.sales.quote;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.identity.SignedInUser;
import org.hutong.shared.RecordLinks;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes as other modules' records point at them: the 报价折扣审批's link to its quote, which the
 * approver opens from the request. Matching what is typed reads the user's own recent quotes.
 */
@Component
@Transactional(readOnly = true)
class QuoteLinks implements RecordLinks {

	static final String KIND = "quote";

	private final QuoteRepository quotes;

	private final QuoteAccess access;

	private final QuoteSearch search;

	QuoteLinks(QuoteRepository quotes, QuoteAccess access, QuoteSearch search) {
		this.quotes = quotes;
		this.access = access;
		this.search = search;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<RecordLink> matching(String typed, int limit) {
		SignedInUser user = signedIn();
		if (user == null || !user.can(QuotePermissions.READ)) {
			return List.of();
		}
		QuoteFilter filter = new QuoteFilter(QuoteScope.MINE, typed, null, null, null, null, null);
		return search.page(user, filter, limit).rows().stream()
			.map(row -> link(row.id(), row.number() + " " + row.title(), row.customerName(), true))
			.toList();
	}

	@Override
	public Map<Long, RecordLink> find(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		SignedInUser user = signedIn();
		boolean reads = user != null && user.can(QuotePermissions.READ);
		Map<Long, RecordLink> found = new LinkedHashMap<>();
		for (Quote quote : quotes.findAllById(Set.copyOf(ids))) {
			if (!quote.isDeleted()) {
				found.put(quote.getId(), link(quote.getId(), quote.getNumber() + " " + quote.getTitle(), null,
						reads && access.mayRead(user, quote)));
			}
		}
		return found;
	}

	private static RecordLink link(long id, String name, String detail, boolean readable) {
		return new RecordLink(id, name, detail, "/sales/quotes/" + id, readable);
	}

	private static SignedInUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
	}
}
