package org.hutong.sales.delivery;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AcceptanceRepository extends JpaRepository<Acceptance, Long> {

	List<Acceptance> findByContractIdOrderByAcceptedOnAscIdAsc(long contractId);
}
