package org.hutong.sales.retention;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RetentionRepository extends JpaRepository<Retention, Long> {

	List<Retention> findByContractIdOrderByTermIndex(long contractId);

	/** A contract's retentions locked: listeners following the same contract at once go one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Retention r where r.contractId = :contractId order by r.termIndex")
	List<Retention> lockByContractId(long contractId);

	/** Locked, so two people raising claims and asking it back at once go one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Retention r where r.id = :id")
	Optional<Retention> lockById(long id);
}
