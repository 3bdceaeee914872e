package org.hutong.customers.customer;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OwnerChangeRepository extends JpaRepository<OwnerChange, Long> {

	/** A customer's ownership history, newest first. */
	List<OwnerChange> findByCustomerIdOrderByOccurredAtDescIdDesc(long customerId);

	@Query("""
			select c from OwnerChange c where c.customerId = :customerId
			order by c.occurredAt desc, c.id desc""")
	List<OwnerChange> findNewest(long customerId, Limit limit);

	@Query("""
			select c from OwnerChange c where c.customerId = :customerId
			and (c.occurredAt < :at or (c.occurredAt = :at and c.id < :id))
			order by c.occurredAt desc, c.id desc""")
	List<OwnerChange> findOlder(long customerId, Instant at, long id, Limit limit);
}
