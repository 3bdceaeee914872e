package org.hutong.sales.delivery;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryRepository extends JpaRepository<Delivery, Long> {

	List<Delivery> findByContractIdOrderById(long contractId);
}
