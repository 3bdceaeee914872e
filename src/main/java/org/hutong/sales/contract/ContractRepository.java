package org.hutong.sales.contract;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ContractRepository extends JpaRepository<Contract, Long>, JpaSpecificationExecutor<Contract> {

	Optional<Contract> findByIdAndDeletedAtIsNull(long id);

	Optional<Contract> findByApprovalRequestId(long requestId);

	/** The live contract made from a quote: a quote becomes one contract, not two. */
	Optional<Contract> findFirstByQuoteIdAndDeletedAtIsNull(long quoteId);

	long countByDeletedAtIsNull();

	/** Contracts after this id with a term whose 回款计划 was never kept (made before the receivables), in id order. */
	@Query("select distinct t.contract.id from ContractTerm t where t.amount is null and t.contract.id > :after order by t.contract.id")
	java.util.List<Long> findUnplannedAfter(long after, org.springframework.data.domain.Limit limit);

	/** The contract under a row lock until the transaction ends: two deliveries at once cannot both ship what is open. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Contract c where c.id = :id and c.deletedAt is null")
	Optional<Contract> lockById(long id);
}
