package org.hutong.customers.customer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaSubQuery;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * How many customers match, counted up to {@link #CAP}; beyond it the list says there are more. An exact
 * {@code count(*)} reads every matching row, which on an enterprise with a million customers costs
 * more than the rest of the page; reading at most {@code CAP + 1} ids keeps the first page fast
 * however large the table grows. The database counts ({@code select count(*) from (select id … fetch
 * first 10001 rows)}), so one number crosses the wire, not the ids.
 */
@Component
class CustomerCount {

	static final int CAP = 10_000;

	private final EntityManager entities;

	CustomerCount(EntityManager entities) {
		this.entities = entities;
	}

	/** The number of matches, or {@code CAP + 1} when there are more than {@link #CAP}. */
	long upToCap(Specification<Customer> matching) {
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
		ids.fetch(CAP + 1);
		count.from(ids);
		count.select(cb.count());
		return entities.createQuery(count).getSingleResult();
	}
}
