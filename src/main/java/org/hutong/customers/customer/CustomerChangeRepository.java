package org.hutong.customers.customer;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CustomerChangeRepository extends Repository<CustomerChange, Long> {

	/** The newest changes of a customer; {@link #findOlder} pages on by keyset. */
	@Query("""
			select c from CustomerChange c where c.customerId = :customerId
			order by c.occurredAt desc, c.id desc""")
	List<CustomerChange> findNewest(long customerId, Limit limit);

	@Query("""
			select c from CustomerChange c where c.customerId = :customerId
			and (c.occurredAt < :at or (c.occurredAt = :at and c.id < :id))
			order by c.occurredAt desc, c.id desc""")
	List<CustomerChange> findOlder(long customerId, Instant at, long id, Limit limit);
}
