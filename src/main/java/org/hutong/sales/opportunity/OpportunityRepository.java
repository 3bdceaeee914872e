package org.hutong.sales.opportunity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface OpportunityRepository extends JpaRepository<Opportunity, Long>, JpaSpecificationExecutor<Opportunity> {

	Optional<Opportunity> findByIdAndDeletedAtIsNull(long id);

	/** Open deals expected to close on the day: the morning reminders. */
	List<Opportunity> findByOutcomeIsNullAndDeletedAtIsNullAndExpectedClose(java.time.LocalDate day);

	/** One owner's open deals, newest first: what a tender or a quote may be recorded on. */
	List<Opportunity> findTop100ByOwnerIdAndOutcomeIsNullAndDeletedAtIsNullOrderByIdDesc(long ownerId);

	List<Opportunity> findTop100ByCustomerIdAndDeletedAtIsNullOrderByIdDesc(long customerId);

	/** Deleted deals count too: they still name their stage and reason. */
	boolean existsByStageId(long stageId);

	boolean existsByLostReasonId(long reasonId);
}
