package org.hutong.customers.customer;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Subquery;

import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer list: 我的, 团队 (the viewer's data scope, plus customers shared with them) or 公海,
 * narrowed by search text and filters, in one of three orders, paged by keyset so "加载更多" and
 * API cursors stay fast however far one goes. Counts follow the same scope, up to {@link CustomerCount#CAP}.
 */
@Service
@Transactional(readOnly = true)
public class CustomerSearch {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_LIMIT = 200;

	private static final String LAST_FOLLOW_UP = "followUps.lastFollowUpAt";

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

	/** The capped count of a list, and the clock the "not followed up for N days" filter counts from. */
	@Component
	record Parts(CustomerCount count, Clock clock) {
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
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		Specification<Customer> matching = inScope(viewer, filter.scope()).and(CustomerMatching.of(filter, parts.clock().instant()));
		List<Customer> found = find(matching, filter, size + 1);
		List<Customer> shown = found.subList(0, Math.min(found.size(), size));
		CustomerFilter next = found.size() > size ? filter.after(sortValue(shown.get(size - 1), filter.sort()),
				shown.get(size - 1).getId()) : null;
		// a first page that is not full shows every match: no need to count them again
		Long counted = !filter.first() ? null : found.size() <= size ? found.size() : parts.count().upToCap(matching);
		Long total = counted == null ? null : Math.min(counted, CustomerCount.CAP);
		return new CustomerPage(views.of(shown), total, counted != null && counted > CustomerCount.CAP, next);
	}

	private List<Customer> find(Specification<Customer> matching, CustomerFilter filter, int count) {
		if (filter.sort() == CustomerSort.LAST_FOLLOW_UP) {
			return byLastFollowUp(matching, filter.cursor(), count);
		}
		return customers.findBy(matching.and(after(filter)),
				query -> query.sortBy(order(filter.sort(), filter.q() != null)).limit(count).all());
	}

	/**
	 * 最近跟进: the followed-up rows newest first, then the never-followed-up group by id, each with
	 * its own keyset query (a cursor in the group says {@link CustomerFilter#NEVER}), so NULLs sort
	 * the same on every database and both parts can walk an index.
	 */
	private List<Customer> byLastFollowUp(Specification<Customer> matching, CustomerFilter.Cursor cursor, int count) {
		boolean inNever = cursor != null && CustomerFilter.NEVER.equals(cursor.value());
		List<Customer> found = new ArrayList<>();
		if (!inNever) {
			Instant at = cursor == null ? null : instant(cursor.value());
			Specification<Customer> dated = at == null ? (root, query, cb) -> cb.isNotNull(root.get("followUps").get("lastFollowUpAt"))
					: before(LAST_FOLLOW_UP, at, cursor.id());
			found.addAll(customers.findBy(matching.and(dated),
					query -> query.sortBy(Sort.by(Sort.Direction.DESC, "tenantId", "followUps.lastFollowUpAt", "id")).limit(count).all()));
		}
		if (found.size() < count) {
			Specification<Customer> never = (root, query, cb) -> inNever
					? cb.and(cb.isNull(root.get("followUps").get("lastFollowUpAt")), cb.lessThan(root.get("id"), cursor.id()))
					: cb.isNull(root.get("followUps").get("lastFollowUpAt"));
			int left = count - found.size();
			found.addAll(customers.findBy(matching.and(never),
					query -> query.sortBy(Sort.by(Sort.Direction.DESC, "tenantId", "id")).limit(left).all()));
		}
		return found;
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

	/**
	 * The orders lead with the tenant, a constant under the tenant filter: H2 walks an index for an
	 * {@code ORDER BY} only when the order starts with the index's first column (V11 indexes). With a
	 * search keyword that walk is the wrong plan: H2 would read the enterprise's customers in order and
	 * test each against the search index (all 100,000 for a rare name), where looking the matches up
	 * by id and sorting those few is fast. Leaving the tenant out of the order lets H2 do that;
	 * PostgreSQL plans both forms alike.
	 */
	private static Sort order(CustomerSort sort, boolean searching) {
		Sort order = switch (sort) {
			case NAME -> Sort.by("keys.namePinyin", "id");
			case CREATED -> Sort.by(Sort.Direction.DESC, "createdAt", "id");
			default -> Sort.by(Sort.Direction.DESC, "updatedAt", "id");
		};
		Sort.Direction direction = sort == CustomerSort.NAME ? Sort.Direction.ASC : Sort.Direction.DESC;
		return searching ? order : Sort.by(direction, "tenantId").and(order);
	}

	private static String sortValue(Customer customer, CustomerSort sort) {
		switch (sort) {
			case NAME:
				return customer.getKeys().getNamePinyin();
			case CREATED:
				return customer.getCreatedAt().toString();
			case LAST_FOLLOW_UP:
				return customer.getLastFollowUpAt() == null ? CustomerFilter.NEVER
						: customer.getLastFollowUpAt().toString();
			default:
				return customer.getUpdatedAt().toString();
		}
	}

	/** The keyset condition: rows after the cursor in the filter's order. */
	private static Specification<Customer> after(CustomerFilter filter) {
		CustomerFilter.Cursor cursor = filter.cursor();
		if (cursor == null) {
			return Specification.unrestricted();
		}
		if (filter.sort() == CustomerSort.NAME) {
			return (root, query, cb) -> {
				Path<String> name = root.get("keys").get("namePinyin");
				return cb.or(cb.greaterThan(name, cursor.value()),
						cb.and(cb.equal(name, cursor.value()), cb.greaterThan(root.get("id"), cursor.id())));
			};
		}
		Instant at = instant(cursor.value());
		String attribute = filter.sort() == CustomerSort.CREATED ? "createdAt" : "updatedAt";
		return at == null ? Specification.unrestricted() : before(attribute, at, cursor.id());
	}

	/** Rows before {@code (at, id)} in a newest-first order of {@code attribute}. */
	private static Specification<Customer> before(String attribute, Instant at, long id) {
		return (root, query, cb) -> {
			Path<Instant> time = attribute.equals(LAST_FOLLOW_UP) ? root.get("followUps").get("lastFollowUpAt")
					: root.get(attribute);
			return cb.or(cb.lessThan(time, at), cb.and(cb.equal(time, at), cb.lessThan(root.get("id"), id)));
		};
	}

	private static Instant instant(String value) {
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException malformed) {
			return null;
		}
	}
}
