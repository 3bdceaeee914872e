package org.hutong.sales.attachment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractDocumentRepository extends JpaRepository<ContractDocument, Long> {

	/** A contract's documents in the order they were first uploaded, with their versions. */
	@EntityGraph(attributePaths = "versions")
	List<ContractDocument> findByContractIdAndDeletedAtIsNullOrderById(long contractId);

	Optional<ContractDocument> findByIdAndContractIdAndDeletedAtIsNull(long id, long contractId);
}
