package org.hutong.customers.pool;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.OwnerChangeKind;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** What the pool's rules ask of customers and their ownership history, in the current enterprise. */
interface PoolCustomers extends Repository<Customer, Long> {

	@Query("select count(c) from Customer c where c.deletedAt is null and c.ownerId = :ownerId")
	long countOwnedBy(long ownerId);

	/** Owned customers untouched (last follow-up, or creation) at or before the cutoff. */
	@Query("""
			select c from Customer c where c.deletedAt is null and c.ownerId is not null
			and coalesce(c.followUps.lastFollowUpAt, c.createdAt) <= :cutoff order by c.id""")
	List<Customer> findOwnedUntouchedSince(Instant cutoff);

	/**
	 * Owned customers without a won deal since the cutoff: their last won deal, or when the current
	 * owner took them (the newest ownership change to them), or their creation, is at or before it.
	 */
	@Query("""
			select c from Customer c where c.deletedAt is null and c.ownerId is not null
			and coalesce(c.lastWonAt, (select max(o.occurredAt) from OwnerChange o
			    where o.customerId = c.id and o.toOwnerId = c.ownerId), c.createdAt) <= :cutoff order by c.id""")
	List<Customer> findOwnedWithoutDealSince(Instant cutoff);

	/** One owner's customers untouched at or before the cutoff, soonest reclaimed first. */
	@Query("""
			select c from Customer c where c.deletedAt is null and c.ownerId = :ownerId
			and coalesce(c.followUps.lastFollowUpAt, c.createdAt) <= :cutoff
			order by coalesce(c.followUps.lastFollowUpAt, c.createdAt), c.id""")
	List<Customer> findOwnedByUntouchedSince(long ownerId, Instant cutoff, Limit limit);

	@Query("""
			select count(c) from Customer c where c.deletedAt is null and c.ownerId = :ownerId
			and coalesce(c.followUps.lastFollowUpAt, c.createdAt) <= :cutoff""")
	long countOwnedByUntouchedSince(long ownerId, Instant cutoff);

	/** When the user last gave this customer up (released) or lost it (reclaimed). */
	@Query("""
			select max(o.occurredAt) from OwnerChange o where o.customerId = :customerId
			and o.fromOwnerId = :userId and o.kind in :kinds""")
	Optional<Instant> lastLost(long customerId, long userId, Collection<OwnerChangeKind> kinds);
}
