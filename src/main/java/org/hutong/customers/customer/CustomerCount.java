package org.hutong.customers.customer;

import java.time.Duration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaSubQuery;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * How many customers match, never by reading the whole match set on a page view. {@link #upToCap} reads
 * at most {@code cap + 1} ids (the database counts them: {@code select count(*) from (select id … fetch
 * first n rows)}, so one number crosses the wire). {@link #size} is a list's size for estimates,
 * counted up to {@link #SIZE_CAP} and kept on this node for {@link #KEPT}: an estimate may lag the
 * table by that long, and each node counts for itself, so nothing waits on another node.
 */
@Component
class CustomerCount {

	/** Beyond this many rows a list's size is not worth its count: the estimate says "about 100,000". */
	static final int SIZE_CAP = 100_000;

	static final Duration KEPT = Duration.ofMinutes(1);

	private final EntityManager entities;

	private final Cache<String, Long> sizes = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(10_000).build();

	CustomerCount(EntityManager entities) {
		this.entities = entities;
	}

	/** The number of matches, or {@code cap + 1} when there are more than {@code cap}. */
	long upToCap(Specification<Customer> matching, int cap) {
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) entities.getCriteriaBuilder();
		JpaCriteriaQuery<Long> count = cb.createQuery(Long.class);
		JpaSubQuery<Long> ids = count.subquery(Long.class);
		Root<Customer> root = ids.from(Customer.class);
		Predicate where = matching.toPredicate(root, count, cb);
		Path<Long> id = root.get("id");
		id.alias("id"); // a subquery in FROM needs named columns
		ids.select(id);
		if (where != null) {
			ids.where(where);
		}
		ids.fetch(cap + 1);
		count.from(ids);
		count.select(cb.count());
		return entities.createQuery(count).getSingleResult();
	}

	/** The size of the list {@code key} names (tenant, viewer and conditions), counted at most once per {@link #KEPT}. */
	long size(String key, Specification<Customer> list) {
		return sizes.get(key, ignored -> Math.min(upToCap(list, SIZE_CAP), SIZE_CAP));
	}
}
