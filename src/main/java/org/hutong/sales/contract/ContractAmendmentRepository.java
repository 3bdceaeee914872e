package org.hutong.sales.contract;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractAmendmentRepository extends JpaRepository<ContractAmendment, Long> {

	List<ContractAmendment> findByContractIdOrderByIdDesc(long contractId);

	long countByContractId(long contractId);

	boolean existsByContractIdAndStatus(long contractId, AmendmentStatus status);

	Optional<ContractAmendment> findByApprovalRequestId(long requestId);
}
