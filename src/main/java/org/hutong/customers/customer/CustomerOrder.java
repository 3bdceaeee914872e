package org.hutong.customers.customer;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The list's orders as keyset queries that read only ids and sort positions ({@link Place}), so a
 * walk through many rows does not build an entity for each; the page then loads its 20 rows by id.
 */
@Component
class CustomerOrder {

	private final EntityManager entities;

	CustomerOrder(EntityManager entities) {
		this.entities = entities;
	}

	/** A row's id and the cursor that continues after it. */
	record Place(long id, CustomerFilter.Cursor at) {
	}

	/**
	 * Up to {@code limit} rows of {@code matching} after {@code cursor} (from the start when null) in
	 * the order {@code sort}. {@code searching}: the rows come from the search index, see {@link #orders}.
	 * 最近跟进 reads the followed-up rows newest first, then the never-followed-up group by id, each
	 * with its own keyset query (a cursor in the group says {@link CustomerFilter#NEVER}), so NULLs sort
	 * the same on every database and both parts can walk an index.
	 */
	List<Place> after(Specification<Customer> matching, CustomerSort sort, CustomerFilter.Cursor cursor, int limit,
			boolean searching) {
		if (sort != CustomerSort.LAST_FOLLOW_UP) {
			return places(matching.and(after(sort, cursor)), sort, limit, searching, false);
		}
		boolean inNever = cursor != null && CustomerFilter.NEVER.equals(cursor.value());
		List<Place> found = new ArrayList<>();
		if (!inNever) {
			Specification<Customer> dated = cursor == null || instant(cursor.value()) == null
					? (root, query, cb) -> cb.isNotNull(lastFollowUp(root)) : after(sort, cursor);
			found.addAll(places(matching.and(dated), sort, limit, true, false));
		}
		if (found.size() < limit) {
			Specification<Customer> never = (root, query, cb) -> inNever
					? cb.and(cb.isNull(lastFollowUp(root)), cb.lessThan(root.get("id"), cursor.id()))
					: cb.isNull(lastFollowUp(root));
			found.addAll(places(matching.and(never), sort, limit - found.size(), true, true));
		}
		return found;
	}

	private List<Place> places(Specification<Customer> matching, CustomerSort sort, int limit, boolean searching,
			boolean never) {
		CriteriaBuilder cb = entities.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Customer> root = query.from(Customer.class);
		Path<Long> id = root.get("id");
		Path<?> value = never ? id : value(root, sort);
		query.multiselect(id, value);
		Predicate where = matching.toPredicate(root, query, cb);
		if (where != null) {
			query.where(where);
		}
		query.orderBy(orders(cb, root, never ? List.of(id) : List.of(value, id), sort, searching));
		return entities.createQuery(query).setMaxResults(limit).getResultList().stream()
			.map(row -> new Place(row.get(0, Long.class), cursor(row.get(1), row.get(0, Long.class), never)))
			.toList();
	}

	/**
	 * The orders lead with the tenant, a constant under the tenant filter: H2 walks an index for an
	 * {@code ORDER BY} only when the order starts with the index's first column (V11 indexes). With rows
	 * from the search index that walk is the wrong plan: H2 would read the enterprise's customers in order
	 * and test each against the search index, where looking the matches up by id and sorting those few is
	 * fast. Leaving the tenant out of the order lets H2 do that; PostgreSQL plans both forms alike.
	 */
	private static List<Order> orders(CriteriaBuilder cb, Root<Customer> root, List<Expression<?>> by,
			CustomerSort sort, boolean searching) {
		boolean ascending = sort == CustomerSort.NAME;
		List<Order> orders = new ArrayList<>();
		if (!searching || sort == CustomerSort.LAST_FOLLOW_UP) {
			orders.add(ascending ? cb.asc(root.get("tenantId")) : cb.desc(root.get("tenantId")));
		}
		for (Expression<?> each : by) {
			orders.add(ascending ? cb.asc(each) : cb.desc(each));
		}
		return orders;
	}

	private static Path<?> value(Root<Customer> root, CustomerSort sort) {
		return switch (sort) {
			case NAME -> root.get("keys").get("namePinyin");
			case CREATED -> root.get("createdAt");
			case LAST_FOLLOW_UP -> lastFollowUp(root);
			default -> root.get("updatedAt");
		};
	}

	private static CustomerFilter.Cursor cursor(Object value, long id, boolean never) {
		return new CustomerFilter.Cursor(never || value == null ? CustomerFilter.NEVER : value.toString(), id);
	}

	/** The keyset condition: rows after the cursor in the order {@code sort}. */
	static Specification<Customer> after(CustomerSort sort, CustomerFilter.Cursor cursor) {
		if (cursor == null) {
			return Specification.unrestricted();
		}
		if (sort == CustomerSort.NAME) {
			return (root, query, cb) -> {
				Path<String> name = root.get("keys").get("namePinyin");
				return cb.or(cb.greaterThan(name, cursor.value()),
						cb.and(cb.equal(name, cursor.value()), cb.greaterThan(root.get("id"), cursor.id())));
			};
		}
		Instant at = instant(cursor.value());
		if (at == null) {
			return Specification.unrestricted();
		}
		return (root, query, cb) -> {
			Path<Instant> time = sort == CustomerSort.LAST_FOLLOW_UP ? lastFollowUp(root)
					: root.get(sort == CustomerSort.CREATED ? "createdAt" : "updatedAt");
			return cb.or(cb.lessThan(time, at), cb.and(cb.equal(time, at), cb.lessThan(root.get("id"), cursor.id())));
		};
	}

	private static Path<Instant> lastFollowUp(Root<Customer> root) {
		return root.get("followUps").get("lastFollowUpAt");
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
