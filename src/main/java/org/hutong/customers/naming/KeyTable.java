package org.hutong.customers.naming;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

/**
 * A search key table as the keyword plan asks it, for any record kept in one (customers, leads, and
 * the lists that copy them): how many entries a keyword has, up to a cap (an index-only range read on
 * the primary key {@code (tenant_id, search_key, record id)}), and which of a batch of records it
 * matches (an index-only read on {@code (tenant_id, record id, search_key)}, one query a batch). The
 * key entity has an embedded id {@code key} holding {@code searchKey} and the record's id.
 */
public final class KeyTable {

	private final EntityManager entities;

	private final String entity;

	private final String recordId;

	/** @param entity the key entity's JPQL name; @param recordId the record id's property in its embedded key */
	public KeyTable(EntityManager entities, String entity, String recordId) {
		this.entities = entities;
		this.entity = entity;
		this.recordId = recordId;
	}

	/** The keyword's index entries, counted up to {@code cap}. */
	public long entriesUpTo(SearchKeys.Lookup lookup, int cap) {
		TypedQuery<Long> count = entities.createQuery("select count(*) from (select k.key." + recordId + " as id from "
				+ entity + " k where " + ranges(lookup) + " order by k.key.searchKey fetch first " + cap
				+ " rows only) found", Long.class);
		return bind(count, lookup).getSingleResult();
	}

	/** Those of {@code ids} with a key the keyword starts. */
	public Set<Long> matching(SearchKeys.Lookup lookup, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		TypedQuery<Long> found = entities.createQuery("select distinct k.key." + recordId + " from " + entity + " k"
				+ " where k.key." + recordId + " in :ids and (" + ranges(lookup) + ")", Long.class);
		return new HashSet<>(bind(found, lookup).setParameter("ids", ids).getResultList());
	}

	/**
	 * The records of a query with a key the keyword starts, as a condition on their {@code id}: the
	 * same ranges as a criteria subquery on the key entity.
	 */
	public static <T> Specification<T> keyed(Class<?> keyEntity, String recordId, SearchKeys.Lookup lookup) {
		return (root, query, cb) -> {
			Subquery<Long> found = query.subquery(Long.class);
			Root<?> key = found.from(keyEntity);
			Path<String> value = key.get("key").get("searchKey");
			List<Predicate> any = new ArrayList<>();
			for (String prefix : lookup.prefixes()) {
				any.add(cb.and(cb.greaterThanOrEqualTo(value, prefix), cb.lessThan(value, prefix + SearchKeys.BEYOND)));
			}
			if (lookup.code() != null) {
				any.add(cb.equal(value, lookup.code()));
			}
			found.select(key.get("key").get(recordId)).where(cb.or(any.toArray(Predicate[]::new)));
			return root.get("id").in(found);
		};
	}

	/**
	 * A range per prefix, not {@code LIKE 'prefix%'}: under the C collation only a range walks the
	 * index; a whole code (credit code, mobile) by equality.
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
