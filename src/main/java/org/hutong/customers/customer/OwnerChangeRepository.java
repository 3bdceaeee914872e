package org.hutong.customers.customer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OwnerChangeRepository extends JpaRepository<OwnerChange, Long> {

	/** A customer's ownership history, newest first. */
	List<OwnerChange> findByCustomerIdOrderByOccurredAtDescIdDesc(long customerId);
}
