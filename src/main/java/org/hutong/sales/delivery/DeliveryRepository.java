package org.hutong.sales.delivery;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliveryRepository extends JpaRepository<Delivery, Long> {

	List<Delivery> findByContractIdOrderById(long contractId);

	/** The batches its delivery notes went out for; 0 for the whole contract. */
	@Query("select distinct d.batch from Delivery d where d.contractId = :contractId")
	List<Integer> batchesOf(long contractId);
}
