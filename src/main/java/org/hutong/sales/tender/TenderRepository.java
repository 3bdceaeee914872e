package org.hutong.sales.tender;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface TenderRepository extends JpaRepository<Tender, Long>, JpaSpecificationExecutor<Tender> {

	Optional<Tender> findByIdAndDeletedAtIsNull(long id);

	List<Tender> findByOpportunityIdAndDeletedAtIsNullOrderByIdDesc(long opportunityId);

	/** Open tenders with a key date on one of these days (or a deadline or opening within the instants): the morning reminders. */
	@Query("select t from Tender t where t.deletedAt is null and t.result = org.hutong.sales.tender.TenderResult.PENDING "
			+ "and t.decision <> org.hutong.sales.tender.TenderDecision.NO_GO and (t.registrationDue between :from and :to "
			+ "or t.documentDue between :from and :to or t.clarificationOn between :from and :to "
			+ "or t.bidDeadline >= :start and t.bidDeadline < :end or t.openingAt >= :start and t.openingAt < :end)")
	List<Tender> findOpenWithDatesBetween(LocalDate from, LocalDate to, Instant start, Instant end);
}
