package org.hutong.sales.quote;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;

import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerSummary;
import org.hutong.identity.Colleagues;
import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.shared.CappedCount;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads quotes newest first, a page at a time before a cursor (the last id shown), over the indexes
 * that lead with the enterprise and the owner. 我的 is the quotes the user owns; 团队 those of every
 * owner the data scope shows. A deal's or a customer's quotes also show those the reader sees through
 * the deal. Names of customers and owners are read once per page, never per row.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(QuotePermissions.MAY_READ)
public class QuoteSearch {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_LIMIT = 200;

	/** A list counts its matches up to here and shows 999+ beyond: a count is never a scan of the enterprise. */
	public static final int COUNT_CAP = 999;

	private static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "id");

	private final QuoteRepository quotes;

	private final QuoteAccess access;

	private final DataScopes scopes;

	private final CustomerDirectory customers;

	private final Colleagues colleagues;

	private final CappedCount<Quote> counts;

	QuoteSearch(QuoteRepository quotes, QuoteAccess access, DataScopes scopes, CustomerDirectory customers,
			Colleagues colleagues, EntityManager entities) {
		this.quotes = quotes;
		this.access = access;
		this.scopes = scopes;
		this.customers = customers;
		this.colleagues = colleagues;
		this.counts = new CappedCount<>(entities, Quote.class);
	}

	public QuotePage page(SignedInUser user, QuoteFilter filter, int limit) {
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		Specification<Quote> listed = owned(user, filter.scope()).and(matching(filter));
		List<Quote> found = quotes.findBy(listed.and(before(filter.before())), query -> query.sortBy(NEWEST).limit(size + 1).all());
		List<Quote> shown = found.subList(0, Math.min(found.size(), size));
		Long total = filter.first() ? counts.upTo(listed, COUNT_CAP) : null;
		QuoteFilter next = found.size() > size ? filter.before(shown.get(shown.size() - 1).getId()) : null;
		return new QuotePage(rows(shown), total, next);
	}

	/**
	 * A deal's or a customer's quotes, all that the reader may see there: those of owners in their data
	 * scope and those they see through the deal. A record has a few dozen quotes at most.
	 */
	public List<QuoteRow> of(SignedInUser user, QuoteFilter filter) {
		Specification<Quote> matching = live().and(matching(filter));
		List<Quote> found = quotes.findBy(matching, query -> query.sortBy(NEWEST).limit(MAX_LIMIT).all());
		return rows(found.stream().filter(quote -> access.mayRead(user, quote)).toList());
	}

	QuoteRow row(Quote quote) {
		return rows(List.of(quote)).get(0);
	}

	private Specification<Quote> owned(SignedInUser user, QuoteScope scope) {
		if (scope == QuoteScope.MINE) {
			return live().and((root, query, cb) -> cb.equal(root.get("ownerId"), user.userId()));
		}
		return live().and(scopes.of(user).ownedBy("ownerId"));
	}

	private static Specification<Quote> live() {
		return (root, query, cb) -> cb.isNull(root.get("deletedAt"));
	}

	private static Specification<Quote> before(Long id) {
		return id == null ? Specification.unrestricted() : (root, query, cb) -> cb.lessThan(root.get("id"), id);
	}

	private static Specification<Quote> matching(QuoteFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> all = new java.util.ArrayList<>();
			if (filter.q() != null) {
				String like = "%" + escape(filter.q().toLowerCase(Locale.ROOT)) + "%";
				all.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'), cb.like(cb.lower(root.get("number")), like, '\\')));
			}
			if (filter.status() != null) {
				all.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.approval() != null) {
				all.add(cb.equal(root.get("approval"), filter.approval()));
			}
			if (filter.customer() != null) {
				all.add(cb.equal(root.get("customerId"), filter.customer()));
			}
			if (filter.opportunity() != null) {
				all.add(cb.equal(root.get("opportunityId"), filter.opportunity()));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	private static String escape(String typed) {
		return typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private List<QuoteRow> rows(List<Quote> shown) {
		if (shown.isEmpty()) {
			return List.of();
		}
		Map<Long, CustomerSummary> names = customers.findAll(ids(shown, Quote::getCustomerId));
		Map<Long, String> owners = colleagues.names(ids(shown, Quote::getOwnerId));
		return shown.stream().map(q -> {
			CustomerSummary customer = names.get(q.getCustomerId());
			return new QuoteRow(q.getId(), q.getNumber(), q.getTitle(), q.getCustomerId(),
					customer == null ? null : customer.name(), q.getOpportunityId(), q.getOwnerId(), owners.get(q.getOwnerId()),
					q.getStatus(), q.getRevision(), q.getTotal(), q.getDiscountRate(), q.getApproval(), q.getValidUntil(),
					q.getUpdatedAt(), q.getVersion());
		}).toList();
	}

	private static Set<Long> ids(Collection<Quote> shown, Function<Quote, Long> id) {
		return shown.stream().map(id).collect(Collectors.toSet());
	}
}
