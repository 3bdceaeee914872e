package org.hutong.customers.customer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaDerivedRoot;
import org.hibernate.query.criteria.JpaSubQuery;
import org.hutong.shared.CappedCount;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** The customer list's counts, one per node so that every request shares its cache of list sizes. */
@Component
class CustomerCount extends CappedCount<Customer> {

	private final EntityManager entities;

	private final Cache<String, OwnerCounts> owners = Caffeine.newBuilder()
		.expireAfterWrite(KEPT)
		.maximumSize(10_000)
		.build();

	CustomerCount(EntityManager entities) {
		super(entities, Customer.class);
		this.entities = entities;
	}

	/**
	 * The matches per owner, counted over at most {@link #SIZE_CAP} of them in one grouped query
	 * ({@code select owner_id, count(*) from (select owner_id … fetch first n rows) group by owner_id})
	 * and kept on this node for {@link #KEPT} under {@code key}, which names tenant, viewer and filters.
	 */
	OwnerCounts byOwner(String key, Specification<Customer> matching) {
		return owners.get(key, ignored -> countByOwner(matching));
	}

	private OwnerCounts countByOwner(Specification<Customer> matching) {
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) entities.getCriteriaBuilder();
		JpaCriteriaQuery<Tuple> grouped = cb.createTupleQuery();
		JpaSubQuery<Long> rows = grouped.subquery(Long.class);
		Root<Customer> root = rows.from(Customer.class);
		Predicate where = matching.toPredicate(root, grouped, cb);
		Path<Long> owner = root.get("ownerId");
		owner.alias("owner"); // a subquery in FROM needs named columns
		rows.select(owner);
		if (where != null) {
			rows.where(where);
		}
		rows.fetch(SIZE_CAP);
		JpaDerivedRoot<Long> matched = grouped.from(rows);
		Path<Long> byOwner = matched.get("owner");
		grouped.multiselect(byOwner.alias("owner"), cb.count().alias("n")).groupBy(byOwner);
		List<Tuple> counts = entities.createQuery(grouped).getResultList();
		Map<Long, Long> result = new HashMap<>();
		long total = 0;
		for (Tuple count : counts) {
			long n = count.get("n", Long.class);
			total += n;
			Long id = count.get("owner", Long.class);
			if (id != null) {
				result.put(id, n);
			}
		}
		return new OwnerCounts(Map.copyOf(result), total >= SIZE_CAP);
	}
}
