package org.hutong.sales.opportunity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StageChangeRepository extends JpaRepository<StageChange, Long> {

	List<StageChange> findByOpportunityIdOrderByChangedAtAscIdAsc(long opportunityId);

	/**
	 * A customer's stage changes, newest first, after (changedAt, id), of live deals the viewer sees:
	 * all of them, or those of the given owners, or those the viewer is on the team of.
	 */
	@Query("""
			select c from StageChange c, Opportunity o where o.id = c.opportunityId and c.customerId = :customerId
			and o.deletedAt is null
			and (c.changedAt < :at or (c.changedAt = :at and c.id < :id))
			and (:all = true or o.ownerId in :owners
			     or exists (select m.id from OpportunityMember m where m.opportunity = o and m.userId = :viewer))
			order by c.changedAt desc, c.id desc""")
	List<StageChange> findForCustomer(long customerId, Instant at, long id, boolean all, Collection<Long> owners,
			long viewer, Limit limit);
}
