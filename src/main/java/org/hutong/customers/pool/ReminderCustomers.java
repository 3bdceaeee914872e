package org.hutong.customers.pool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hutong.customers.customer.Customer;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The owned customers a reminder is due for, in the current enterprise. */
interface ReminderCustomers extends Repository<Customer, Long> {

	@Query("""
			select c from Customer c where c.deletedAt is null and c.ownerId is not null
			and c.followUps.nextFollowUpOn = :day order by c.id""")
	List<Customer> findOwnedFollowUpOn(LocalDate day);

	/** Untouched (last follow-up, or creation) after the due cutoff and at or before the warning cutoff. */
	@Query("""
			select c from Customer c where c.deletedAt is null and c.ownerId is not null
			and coalesce(c.followUps.lastFollowUpAt, c.createdAt) > :dueCutoff
			and coalesce(c.followUps.lastFollowUpAt, c.createdAt) <= :warnCutoff order by c.id""")
	List<Customer> findOwnedUntouchedBetween(Instant dueCutoff, Instant warnCutoff);
}
