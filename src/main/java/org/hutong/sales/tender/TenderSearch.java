package org.hutong.sales.tender;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import org.hutong.sales.opportunity.OpportunityDirectory;
import org.hutong.shared.CappedCount;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads tenders newest first, a page at a time before a cursor, over indexes that lead with the
 * enterprise (and the owner, or the result, or the bond's return). Names of customers, deals and
 * owners are read once per page, never per row.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(TenderPermissions.MAY_READ)
public class TenderSearch {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_LIMIT = 200;

	public static final int COUNT_CAP = 999;

	private static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "id");

	private final TenderRepository tenders;

	private final TenderAccess access;

	private final DataScopes scopes;

	private final CustomerDirectory customers;

	private final OpportunityDirectory deals;

	private final Colleagues colleagues;

	private final CappedCount<Tender> counts;

	TenderSearch(TenderRepository tenders, TenderAccess access, DataScopes scopes, CustomerDirectory customers,
			OpportunityDirectory deals, Colleagues colleagues, EntityManager entities) {
		this.tenders = tenders;
		this.access = access;
		this.scopes = scopes;
		this.customers = customers;
		this.deals = deals;
		this.colleagues = colleagues;
		this.counts = new CappedCount<>(entities, Tender.class);
	}

	public TenderPage page(SignedInUser user, TenderFilter filter, int limit) {
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		Specification<Tender> listed = owned(user, filter.scope()).and(matching(filter));
		List<Tender> found = tenders.findBy(listed.and(before(filter.before())),
				query -> query.sortBy(NEWEST).limit(size + 1).all());
		List<Tender> shown = found.subList(0, Math.min(found.size(), size));
		Long total = filter.first() ? counts.upTo(listed, COUNT_CAP) : null;
		BigDecimal out = filter.list() == TenderList.BONDS
				? shown.stream().map(Tender::getBondAmount).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
		TenderFilter next = found.size() > size ? filter.before(shown.get(shown.size() - 1).getId()) : null;
		return new TenderPage(rows(user, shown), total, out, next);
	}

	/** A deal's tenders that the reader may see (a deal has a handful at most). */
	public List<TenderRow> ofOpportunity(SignedInUser user, long opportunityId) {
		List<Tender> found = tenders.findByOpportunityIdAndDeletedAtIsNullOrderByIdDesc(opportunityId);
		return rows(user, found.stream().filter(tender -> access.mayRead(user, tender)).toList());
	}

	TenderRow row(SignedInUser user, Tender tender) {
		return rows(user, List.of(tender)).get(0);
	}

	private Specification<Tender> owned(SignedInUser user, TenderScope scope) {
		Specification<Tender> live = (root, query, cb) -> cb.isNull(root.get("deletedAt"));
		if (scope == TenderScope.MINE) {
			return live.and((root, query, cb) -> cb.equal(root.get("ownerId"), user.userId()));
		}
		return live.and(scopes.of(user).ownedBy("ownerId"));
	}

	private static Specification<Tender> before(Long id) {
		return id == null ? Specification.unrestricted() : (root, query, cb) -> cb.lessThan(root.get("id"), id);
	}

	private static Specification<Tender> matching(TenderFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (filter.list() == TenderList.OPEN) {
				all.add(cb.equal(root.get("result"), TenderResult.PENDING));
				all.add(cb.notEqual(root.get("decision"), TenderDecision.NO_GO));
			}
			else if (filter.list() == TenderList.BONDS) {
				all.add(cb.isNull(root.get("bondReturnedOn")));
				all.add(cb.isNotNull(root.get("bondPaidOn")));
				all.add(cb.greaterThan(root.get("bondAmount"), BigDecimal.ZERO));
			}
			if (filter.q() != null) {
				String like = "%" + escape(filter.q().toLowerCase(Locale.ROOT)) + "%";
				all.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'),
						cb.like(cb.lower(root.get("noticeNumber")), like, '\\'),
						cb.like(cb.lower(root.get("tenderer")), like, '\\')));
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

	private List<TenderRow> rows(SignedInUser user, List<Tender> shown) {
		if (shown.isEmpty()) {
			return List.of();
		}
		Map<Long, CustomerSummary> names = customers.findAll(ids(shown, Tender::getCustomerId));
		Map<Long, String> owners = colleagues.names(ids(shown, Tender::getOwnerId));
		Map<Long, String> dealNames = deals.names(ids(shown, Tender::getOpportunityId));
		return shown.stream().map(t -> {
			CustomerSummary customer = names.get(t.getCustomerId());
			return new TenderRow(t.getId(), t.getTitle(), t.getOpportunityId(), dealNames.get(t.getOpportunityId()),
					t.getCustomerId(), customer == null ? null : customer.name(), t.getOwnerId(), owners.get(t.getOwnerId()),
					t.getTenderer(), t.getNoticeNumber(), t.getBidDeadline(), t.getOpeningAt(), t.getBidPrice(),
					t.getBondAmount(), t.getBondPaidOn(), t.getBondReturnedOn(), t.getDecision(), t.getResult(), t.isOpen(),
					t.bondOutstanding(), t.getVersion());
		}).toList();
	}

	private static Set<Long> ids(Collection<Tender> shown, Function<Tender, Long> id) {
		return shown.stream().map(id).collect(Collectors.toSet());
	}
}
