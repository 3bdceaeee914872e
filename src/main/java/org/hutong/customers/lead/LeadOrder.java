package org.hutong.customers.lead;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The lead list's order, most recently updated first, as a keyset query that reads only ids and
 * update times ({@link Place}), so a walk through many leads builds no entity; the page then loads its
 * rows by id.
 */
@Component
class LeadOrder {

	private final EntityManager entities;

	LeadOrder(EntityManager entities) {
		this.entities = entities;
	}

	/** A lead's id and the cursor that continues after it. */
	record Place(long id, LeadFilter.Cursor at) {
	}

	/**
	 * Up to {@code limit} leads of {@code matching} after {@code cursor} (from the start when null).
	 * The order leads with the tenant, a constant under the tenant filter, so that H2 walks the
	 * {@code (tenant_id, …, updated_at, id)} indexes; H2 uses an index for an {@code ORDER BY} only when
	 * the order starts with its first column. Leads from the search index ({@code searching}) are few:
	 * without the tenant H2 looks them up by id and sorts them instead of testing every lead in order
	 * against the keys. PostgreSQL plans both forms alike.
	 */
	List<Place> after(Specification<Lead> matching, LeadFilter.Cursor cursor, int limit, boolean searching) {
		CriteriaBuilder cb = entities.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Lead> root = query.from(Lead.class);
		Path<Long> id = root.get("id");
		Path<Instant> updated = root.get("updatedAt");
		query.multiselect(id, updated);
		Predicate where = matching.and(after(cursor)).toPredicate(root, query, cb);
		if (where != null) {
			query.where(where);
		}
		List<Order> orders = new ArrayList<>();
		if (!searching) {
			orders.add(cb.desc(root.get("tenantId")));
		}
		orders.add(cb.desc(updated));
		orders.add(cb.desc(id));
		query.orderBy(orders);
		return entities.createQuery(query).setMaxResults(limit).getResultList().stream()
			.map(row -> new Place(row.get(0, Long.class),
					new LeadFilter.Cursor(row.get(1, Instant.class).toString(), row.get(0, Long.class))))
			.toList();
	}

	/** The keyset condition: leads updated before the cursor's, or at the same time with a smaller id. */
	private static Specification<Lead> after(LeadFilter.Cursor cursor) {
		Instant at = cursor == null ? null : instant(cursor.value());
		if (at == null) {
			return Specification.unrestricted();
		}
		return (root, query, cb) -> {
			Path<Instant> time = root.get("updatedAt");
			return cb.or(cb.lessThan(time, at), cb.and(cb.equal(time, at), cb.lessThan(root.get("id"), cursor.id())));
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
