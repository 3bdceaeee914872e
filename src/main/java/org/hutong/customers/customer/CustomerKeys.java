package org.hutong.customers.customer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.hutong.customers.naming.SearchKeys;
import org.springframework.stereotype.Component;

/**
 * The search index ({@link SearchKey}) as the keyword plan asks it: how many entries a keyword has (up
 * to a cap, an index-only range read on the primary key) and which of a batch of customers it
 * matches (an index-only read on V28's {@code (tenant_id, customer_id, search_key)}, one query a batch).
 */
@Component
class CustomerKeys {

	private final EntityManager entities;

	CustomerKeys(EntityManager entities) {
		this.entities = entities;
	}

	/** The keyword's index entries, counted up to {@code cap}. */
	long entriesUpTo(SearchKeys.Lookup lookup, int cap) {
		TypedQuery<Long> count = entities.createQuery(
				"select count(*) from (select k.key.customerId as id from SearchKey k where " + ranges(lookup)
						+ " order by k.key.searchKey fetch first " + cap + " rows only) found", Long.class);
		return bind(count, lookup).getSingleResult();
	}

	/** Those of {@code ids} with a key the keyword starts. */
	Set<Long> matching(SearchKeys.Lookup lookup, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		TypedQuery<Long> found = entities.createQuery("select distinct k.key.customerId from SearchKey k"
				+ " where k.key.customerId in :ids and (" + ranges(lookup) + ")", Long.class);
		return new HashSet<>(bind(found, lookup).setParameter("ids", ids).getResultList());
	}

	/**
	 * A range per prefix, not {@code LIKE 'prefix%'}: under the C.UTF-8 collation only a range walks the
	 * index; the credit code by equality.
	 */
	private static String ranges(SearchKeys.Lookup lookup) {
		List<String> any = new ArrayList<>();
		for (int i = 0; i < lookup.prefixes().size(); i++) {
			any.add("(k.key.searchKey >= :from" + i + " and k.key.searchKey < :to" + i + ")");
		}
		if (lookup.code() != null) {
			any.add("k.key.searchKey = :code");
		}
		return String.join(" or ", any);
	}

	private static <T> TypedQuery<T> bind(TypedQuery<T> query, SearchKeys.Lookup lookup) {
		for (int i = 0; i < lookup.prefixes().size(); i++) {
			String prefix = lookup.prefixes().get(i);
			query.setParameter("from" + i, prefix).setParameter("to" + i, prefix + SearchKeys.BEYOND);
		}
		if (lookup.code() != null) {
			query.setParameter("code", lookup.code());
		}
		return query;
	}
}
