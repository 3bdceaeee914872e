package org.hutong.sales.contract;

import java.util.ArrayList;
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
 * Reads contracts newest first, a page at a time before a cursor (the last id shown), over the
 * indexes that lead with the enterprise and the owner. 我的 is the contracts the user owns; 团队 those
 * of every owner the data scope shows. Names of customers and owners are read once per page.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ContractPermissions.MAY_READ)
public class ContractSearch {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_LIMIT = 200;

	/** A list counts its matches up to here and shows 999+ beyond: a count is never a scan of the enterprise. */
	public static final int COUNT_CAP = 999;

	private static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "id");

	private final ContractRepository contracts;

	private final DataScopes scopes;

	private final CustomerDirectory customers;

	private final Colleagues colleagues;

	private final CappedCount<Contract> counts;

	ContractSearch(ContractRepository contracts, DataScopes scopes, CustomerDirectory customers, Colleagues colleagues,
			EntityManager entities) {
		this.contracts = contracts;
		this.scopes = scopes;
		this.customers = customers;
		this.colleagues = colleagues;
		this.counts = new CappedCount<>(entities, Contract.class);
	}

	public ContractPage page(SignedInUser user, ContractFilter filter, int limit) {
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		Specification<Contract> listed = owned(user, filter.scope()).and(matching(filter));
		List<Contract> found = contracts.findBy(listed.and(before(filter.before())),
				query -> query.sortBy(NEWEST).limit(size + 1).all());
		List<Contract> shown = found.subList(0, Math.min(found.size(), size));
		Long total = filter.first() ? counts.upTo(listed, COUNT_CAP) : null;
		ContractFilter next = found.size() > size ? filter.before(shown.get(shown.size() - 1).getId()) : null;
		return new ContractPage(rows(shown), total, next);
	}

	/** A customer's or a deal's contracts the reader may see (those of owners in the data scope); a record has a few dozen at most. */
	public List<ContractRow> of(SignedInUser user, ContractFilter filter) {
		Specification<Contract> matching = owned(user, ContractScope.TEAM).and(matching(filter));
		return rows(contracts.findBy(matching, query -> query.sortBy(NEWEST).limit(MAX_LIMIT).all()));
	}

	/** A customer's contracts the reader may see, newest first (for the customer page's tabs). */
	public List<ContractRow> ofCustomer(SignedInUser user, long customerId) {
		return of(user, ContractFilter.ofCustomer(customerId));
	}

	ContractRow row(Contract contract) {
		return rows(List.of(contract)).get(0);
	}

	private Specification<Contract> owned(SignedInUser user, ContractScope scope) {
		Specification<Contract> live = (root, query, cb) -> cb.isNull(root.get("deletedAt"));
		if (scope == ContractScope.MINE) {
			return live.and((root, query, cb) -> cb.equal(root.get("ownerId"), user.userId()));
		}
		return live.and(scopes.of(user).ownedBy("ownerId"));
	}

	private static Specification<Contract> before(Long id) {
		return id == null ? Specification.unrestricted() : (root, query, cb) -> cb.lessThan(root.get("id"), id);
	}

	private static Specification<Contract> matching(ContractFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (filter.q() != null) {
				String like = "%" + escape(filter.q().toLowerCase(Locale.ROOT)) + "%";
				all.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'), cb.like(cb.lower(root.get("number")), like, '\\')));
			}
			if (filter.status() != null) {
				all.add(cb.equal(root.get("status"), filter.status()));
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

	private List<ContractRow> rows(List<Contract> shown) {
		if (shown.isEmpty()) {
			return List.of();
		}
		Map<Long, CustomerSummary> names = customers.findAll(ids(shown, Contract::getCustomerId));
		Map<Long, String> owners = colleagues.names(ids(shown, Contract::getOwnerId));
		return shown.stream().map(c -> {
			CustomerSummary customer = names.get(c.getCustomerId());
			return new ContractRow(c.getId(), c.getNumber(), c.getTitle(), c.getCustomerId(),
					customer == null ? null : customer.name(), c.getOpportunityId(), c.getQuoteId(), c.getOwnerId(),
					owners.get(c.getOwnerId()), c.getStatus(), c.getSignedOn(), c.getEndsOn(), c.getCurrency(),
					c.getTotal(), c.getAmountCny(),
					c.getCollected().multiply(c.getCnyRate()).setScale(2, java.math.RoundingMode.HALF_UP), c.getUpdatedAt(),
					c.getVersion());
		}).toList();
	}

	private static Set<Long> ids(List<Contract> shown, Function<Contract, Long> id) {
		return shown.stream().map(id).collect(Collectors.toSet());
	}
}
