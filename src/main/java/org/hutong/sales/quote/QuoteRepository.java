package org.hutong.sales.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface QuoteRepository extends JpaRepository<Quote, Long>, JpaSpecificationExecutor<Quote> {

	Optional<Quote> findByIdAndDeletedAtIsNull(long id);

	Optional<Quote> findByApprovalRequestId(long requestId);

	/** Sent quotes whose validity ended before {@code day}: the morning run marks them 已过期. */
	@Query("select q from Quote q where q.status = org.hutong.sales.quote.QuoteStatus.SENT and q.validUntil < :day "
			+ "and q.deletedAt is null")
	List<Quote> findSentValidBefore(LocalDate day);

	/** Sent quotes whose validity ends between the two days, both included: their owners are warned. */
	@Query("select q from Quote q where q.status = org.hutong.sales.quote.QuoteStatus.SENT "
			+ "and q.validUntil between :from and :to and q.deletedAt is null")
	List<Quote> findSentValidBetween(LocalDate from, LocalDate to);

	long countByDeletedAtIsNull();
}
