package org.hutong.sales.receipt;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceiptRepository extends JpaRepository<Receipt, Long> {

	List<Receipt> findByContractIdOrderById(long contractId);
}
