package org.hutong.sales.delivery;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AcceptanceRepository extends JpaRepository<Acceptance, Long> {

	List<Acceptance> findByContractIdOrderByAcceptedOnAscIdAsc(long contractId);

	/** The batches accepted on their own (an acceptance of the whole contract names none). */
	@Query("select distinct a.batch from Acceptance a where a.contractId = :contractId and a.batch > 0")
	List<Integer> batchesOf(long contractId);
}
