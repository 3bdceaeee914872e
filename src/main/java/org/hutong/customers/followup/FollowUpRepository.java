package org.hutong.customers.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hutong.customers.customer.Customer;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

	Optional<FollowUp> findByIdAndDeletedAtIsNull(Long id);

	/** The newest follow-ups of a customer; {@link #findOlder} pages on by keyset. */
	@Query("""
			select f from FollowUp f where f.customerId = :customerId and f.deletedAt is null
			order by f.occurredAt desc, f.id desc""")
	List<FollowUp> findNewest(long customerId, Limit limit);

	@Query("""
			select f from FollowUp f where f.customerId = :customerId and f.deletedAt is null
			and (f.occurredAt < :at or (f.occurredAt = :at and f.id < :id))
			order by f.occurredAt desc, f.id desc""")
	List<FollowUp> findOlder(long customerId, Instant at, long id, Limit limit);

	/** A deal's newest follow-ups; {@link #findOlderOfDeal} pages on by keyset. */
	@Query("""
			select f from FollowUp f where f.opportunityId = :opportunityId and f.deletedAt is null
			order by f.occurredAt desc, f.id desc""")
	List<FollowUp> findNewestOfDeal(long opportunityId, Limit limit);

	@Query("""
			select f from FollowUp f where f.opportunityId = :opportunityId and f.deletedAt is null
			and (f.occurredAt < :at or (f.occurredAt = :at and f.id < :id))
			order by f.occurredAt desc, f.id desc""")
	List<FollowUp> findOlderOfDeal(long opportunityId, Instant at, long id, Limit limit);

	/** A converted lead's follow-ups join its customer's timeline. */
	@Modifying
	@Query("update FollowUp f set f.customerId = :customerId where f.leadId = :leadId and f.customerId is null")
	int moveToCustomer(long leadId, long customerId);

	/** A lead's newest follow-ups; {@link #findOlderOfLead} pages on by keyset. */
	@Query("""
			select f from FollowUp f where f.leadId = :leadId and f.deletedAt is null
			order by f.occurredAt desc, f.id desc""")
	List<FollowUp> findNewestOfLead(long leadId, Limit limit);

	@Query("""
			select f from FollowUp f where f.leadId = :leadId and f.deletedAt is null
			and (f.occurredAt < :at or (f.occurredAt = :at and f.id < :id))
			order by f.occurredAt desc, f.id desc""")
	List<FollowUp> findOlderOfLead(long leadId, Instant at, long id, Limit limit);

	@Query("select max(f.occurredAt) from FollowUp f where f.leadId = :leadId and f.deletedAt is null")
	Optional<Instant> findLastOccurredAtOfLead(long leadId);

	@Query("select max(f.occurredAt) from FollowUp f where f.customerId = :customerId and f.deletedAt is null")
	Optional<Instant> findLastOccurredAt(long customerId);

	/** 工作台: the owner's live customers whose next follow-up is on or before {@code today}. */
	@Query("""
			select c from Customer c where c.ownerId = :ownerId and c.deletedAt is null
			and c.followUps.nextFollowUpOn <= :today order by c.followUps.nextFollowUpOn, c.id""")
	List<Customer> findDue(long ownerId, LocalDate today, Limit limit);

	@Query("""
			select count(c) from Customer c where c.ownerId = :ownerId and c.deletedAt is null
			and c.followUps.nextFollowUpOn <= :today""")
	long countDue(long ownerId, LocalDate today);

	/**
	 * 写跟进 from 工作台: the owner's live customers whose name contains {@code text} (lower case, with
	 * {@code \} escaping), those due soonest first, then the recently changed.
	 */
	@Query("""
			select c from Customer c where c.ownerId = :ownerId and c.deletedAt is null
			and lower(c.name) like concat('%', :text, '%') escape '\\'
			order by case when c.followUps.nextFollowUpOn is null then 1 else 0 end, c.followUps.nextFollowUpOn,
			c.updatedAt desc, c.id""")
	List<Customer> findToFollowUp(long ownerId, String text, Limit limit);
}
