package org.hutong.customers.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Subquery;

import org.hutong.customers.customer.CustomerOrder.Place;
import org.hutong.customers.naming.SearchKeys;
import org.hutong.identity.DataScopes;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.shared.CappedCount;
import org.hutong.shared.KeywordPlan;
import org.hutong.shared.Total;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer list: 我的, 团队 (the viewer's data scope, plus customers shared with them) or 公海,
 * narrowed by search text and filters, in one of three orders, paged by keyset so "加载更多" and
 * API cursors stay fast however far one goes. A keyword picks its plan by how common it is
 * ({@link KeywordPlan}, ADR 0026); the first page's total is exact when cheap, else an estimate ({@link Total}).
 */
@Service
@Transactional(readOnly = true)
public class CustomerSearch {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_LIMIT = 200;

	private final CustomerRepository customers;

	private final DataScopes scopes;

	private final CustomerViews views;

	private final CustomerAccess access;

	private final Parts parts;

	CustomerSearch(CustomerRepository customers, DataScopes scopes, CustomerViews views, CustomerAccess access,
			Parts parts) {
		this.customers = customers;
		this.scopes = scopes;
		this.views = views;
		this.access = access;
		this.parts = parts;
	}

	/**
	 * The list's keyset queries, the search index, the counts, the clock the "not followed up for N
	 * days" filter counts from, and the organisation the 部门 filter reads.
	 */
	@Component
	record Parts(CustomerOrder order, CustomerKeys keys, CustomerCount count, Clock clock, OrgChart org) {
	}

	/** A customer the viewer may read, or {@code RecordNotFound}. */
	public CustomerView one(SignedInUser viewer, long id) {
		return views.of(access.readable(viewer, id));
	}

	/** A customer's page: the record, the viewer's rights and the team by name. */
	public CustomerDetail detail(SignedInUser viewer, long id) {
		Customer customer = access.readable(viewer, id);
		return new CustomerDetail(views.of(customer), access.mayWrite(viewer, customer),
				access.mayDelete(viewer, customer), views.team(customer));
	}

	/** The survivor a merged customer now lives on, when the viewer may read it: its old page links there. */
	public Optional<Long> survivorOf(SignedInUser viewer, long id) {
		return customers.findById(id)
			.filter(Customer::isDeleted)
			.map(Customer::getMergedIntoId)
			.flatMap(customers::findById)
			.filter(survivor -> access.mayRead(viewer, survivor))
			.map(Customer::getId);
	}

	public CustomerPage page(SignedInUser viewer, CustomerFilter filter) {
		return page(viewer, filter, PAGE_SIZE);
	}

	public CustomerPage page(SignedInUser viewer, CustomerFilter filter, int limit) {
		return page(viewer, filter, limit, KeywordPlan::find);
	}

	/**
	 * One page by the given plan of an indexed keyword (tests compare the plans); a list without one
	 * reads its order directly. The first page's total follows {@link Total#of}.
	 */
	CustomerPage page(SignedInUser viewer, CustomerFilter filter, int limit,
			BiFunction<KeywordPlan<Place>, Integer, KeywordPlan.Found<Place>> plan) {
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		Instant now = parts.clock().instant();
		Specification<Customer> list = listed(viewer, filter).and(CustomerMatching.filters(filter, now));
		Specification<Customer> matching = listed(viewer, filter).and(CustomerMatching.of(filter, now));
		SearchKeys.Lookup lookup = CustomerMatching.indexed(filter.q());
		KeywordPlan.Found<Place> found = lookup == null
				? new KeywordPlan.Found<>(parts.order().after(list, filter.sort(), filter.cursor(), size + 1, false), 0, 0)
				: plan.apply(new KeywordPlan<>(new Keyworded(list, filter, lookup, matching)), size + 1);
		List<Place> places = found.rows();
		List<Customer> shown = load(places.subList(0, Math.min(places.size(), size)));
		CustomerFilter next = places.size() > size ? filter.after(places.get(size - 1).at()) : null;
		Total total = !filter.first() ? null : Total.of(found, size,
				cap -> parts.count().upTo(matching, cap),
				() -> parts.count().size(sizeKey(viewer, filter, lookup != null), list),
				cap -> parts.keys().entriesUpTo(lookup, cap));
		return new CustomerPage(views.of(shown), total, next);
	}

	/**
	 * How many of the 团队 list as filtered each owner holds, most first: one grouped count over the
	 * same conditions as the list's own count, read up to {@link CappedCount#SIZE_CAP} rows and kept
	 * on this node for {@link CappedCount#KEPT} like the list's size. When the first page already
	 * holds every match the page's rows are counted instead, without a query.
	 */
	public OwnerCounts owners(SignedInUser viewer, CustomerFilter filter, CustomerPage page) {
		if (filter.scope() != CustomerScope.TEAM || !filter.first()) {
			return OwnerCounts.NONE;
		}
		if (page.next() == null) {
			Map<Long, Long> counted = page.rows().stream()
				.filter(row -> row.ownerId() != null)
				.collect(Collectors.groupingBy(CustomerView::ownerId, Collectors.counting()));
			return new OwnerCounts(counted, false);
		}
		Specification<Customer> matching = listed(viewer, filter)
			.and(CustomerMatching.of(filter, parts.clock().instant()));
		return parts.count().byOwner(sizeKey(viewer, filter, false), matching);
	}

	/** The scope and the 团队 narrowing to one owner or a department's people. */
	private Specification<Customer> listed(SignedInUser viewer, CustomerFilter filter) {
		Specification<Customer> listed = inScope(viewer, filter.scope());
		if (filter.owner() != null) {
			listed = listed.and((root, query, cb) -> cb.equal(root.get("ownerId"), filter.owner()));
		}
		if (filter.dept() != null) {
			Set<Long> people = parts.org().peopleIn(filter.dept());
			listed = listed.and((root, query, cb) -> people.isEmpty() ? cb.disjunction() : root.get("ownerId").in(people));
		}
		return listed;
	}

	/** The list's rows of these places, in their order. */
	private List<Customer> load(List<Place> places) {
		Map<Long, Customer> byId = customers.findAllById(places.stream().map(Place::id).toList()).stream()
			.collect(Collectors.toMap(Customer::getId, Function.identity()));
		return places.stream().map(place -> byId.get(place.id())).filter(Objects::nonNull).toList();
	}

	/** Names the list without its indexed keyword, cursor and order: whose, which scope, which filters. */
	private static String sizeKey(SignedInUser viewer, CustomerFilter filter, boolean indexed) {
		CustomerFilter list = new CustomerFilter(filter.scope(), indexed ? null : filter.q(), filter.level(),
				filter.industry(), filter.status(), filter.province(), null, null, filter.city(), filter.idleDays(),
				filter.createdFrom(), filter.createdTo(), filter.owner(), filter.dept());
		return viewer.tenantId() + "/" + viewer.userId() + "/" + list;
	}

	/** The customer list as {@link KeywordPlan} reads it for an indexed keyword. */
	private final class Keyworded implements KeywordPlan.Listing<Place> {

		private final Specification<Customer> list;

		private final CustomerFilter filter;

		private final SearchKeys.Lookup lookup;

		private final Specification<Customer> matching;

		Keyworded(Specification<Customer> list, CustomerFilter filter, SearchKeys.Lookup lookup,
				Specification<Customer> matching) {
			this.list = list;
			this.filter = filter;
			this.lookup = lookup;
			this.matching = matching;
		}

		@Override
		public long keysUpTo(int cap) {
			return parts.keys().entriesUpTo(lookup, cap);
		}

		@Override
		public List<Place> byKeys(int limit) {
			return parts.order().after(matching, filter.sort(), filter.cursor(), limit, true);
		}

		@Override
		public List<Place> inOrder(Place row, int limit) {
			return parts.order().after(list, filter.sort(), row == null ? filter.cursor() : row.at(), limit, false);
		}

		@Override
		public List<Place> matching(List<Place> rows) {
			Set<Long> keyed = parts.keys().matching(lookup, rows.stream().map(Place::id).toList());
			Set<Long> found = SearchKeys.lookup(filter.q()).verify() ? verified(keyed) : keyed;
			return rows.stream().filter(row -> found.contains(row.id())).toList();
		}

		/** Of the keyed customers, those whose own columns hold the whole (long) keyword. */
		private Set<Long> verified(Set<Long> keyed) {
			Specification<Customer> among = (root, query, cb) -> root.get("id").in(keyed);
			return keyed.isEmpty() ? keyed : parts.order().after(among.and(CustomerMatching.beyondKeys(filter.q())),
					CustomerSort.CREATED, null, keyed.size(), true).stream().map(Place::id).collect(Collectors.toSet());
		}
	}

	/** The customers of one scope that the viewer may see, never deleted ones. */
	Specification<Customer> inScope(SignedInUser viewer, CustomerScope scope) {
		Specification<Customer> live = (root, query, cb) -> cb.isNull(root.get("deletedAt"));
		switch (scope) {
			case POOL:
				return live.and((root, query, cb) -> cb.isNull(root.get("ownerId")));
			case TEAM:
				return live.and((root, query, cb) -> cb.isNotNull(root.get("ownerId")))
					.and(scopes.of(viewer).ownedByOrShared("ownerId", sharedWith(viewer.userId())));
			default:
				return live.and((root, query, cb) -> cb.equal(root.get("ownerId"), viewer.userId()));
		}
	}

	/** Customers the user is a 协作人 of, as a subquery on the team table. */
	static Specification<Customer> sharedWith(long userId) {
		return (root, query, cb) -> {
			Subquery<Long> shared = query.subquery(Long.class);
			var member = shared.from(TeamMember.class);
			shared.select(member.get("customer").get("id")).where(cb.equal(member.get("userId"), userId));
			return root.get("id").in(shared);
		};
	}
}
