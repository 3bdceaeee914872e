package org.hutong.sales.contract;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ContractRepository extends JpaRepository<Contract, Long>, JpaSpecificationExecutor<Contract> {

	Optional<Contract> findByIdAndDeletedAtIsNull(long id);

	Optional<Contract> findByApprovalRequestId(long requestId);

	/** The live contract made from a quote: a quote becomes one contract, not two. */
	Optional<Contract> findFirstByQuoteIdAndDeletedAtIsNull(long quoteId);

	long countByDeletedAtIsNull();
}
