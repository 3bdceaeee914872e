package org.hutong.customers.customer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * How many customers match, counted up to {@link #CAP}; beyond it the list says there are more. An exact
 * {@code count(*)} reads every matching row, which on an enterprise with a million customers costs
 * more than the rest of the page; reading at most {@code CAP + 1} ids keeps the first page fast
 * however large the table grows.
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
		CriteriaBuilder cb = entities.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<Customer> root = query.from(Customer.class);
		Predicate where = matching.toPredicate(root, query, cb);
		query.select(root.get("id"));
		if (where != null) {
			query.where(where);
		}
		return entities.createQuery(query).setMaxResults(CAP + 1).getResultList().size();
	}
}
