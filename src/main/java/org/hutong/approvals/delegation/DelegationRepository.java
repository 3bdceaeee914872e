package org.hutong.approvals.delegation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DelegationRepository extends JpaRepository<Delegation, Long> {

	/** The delegations of these people that cover the day (at most one each, as they never overlap). */
	@Query("""
			select d from Delegation d where d.delegatorId in :people and d.endedAt is null
			and d.startsOn <= :day and d.endsOn >= :day""")
	List<Delegation> covering(Collection<Long> people, LocalDate day);

	/** A person's own delegations not over before the day, and the latest ones before, newest first. */
	List<Delegation> findByDelegatorIdOrderByStartsOnDescIdDesc(long delegatorId, Limit limit);

	/** Who has delegated to the person for this day or a later one. */
	@Query("""
			select d from Delegation d where d.delegateId = :delegate and d.endedAt is null and d.endsOn >= :today
			order by d.startsOn, d.id""")
	List<Delegation> heldBy(long delegate, LocalDate today);

	/** The person's delegations still running or to come (an overlap refuses a new one). */
	@Query("select d from Delegation d where d.delegatorId = :delegator and d.endedAt is null and d.endsOn >= :today")
	List<Delegation> open(long delegator, LocalDate today);
}
