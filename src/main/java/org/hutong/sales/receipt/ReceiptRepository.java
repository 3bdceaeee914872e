package org.hutong.sales.receipt;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceiptRepository extends JpaRepository<Receipt, Long> {

	List<Receipt> findByContractIdOrderById(long contractId);

	/** The receipts of these contracts, newest first, at most 200 (a customer's 回款 tab). */
	List<Receipt> findTop200ByContractIdInOrderByIdDesc(java.util.Collection<Long> contractIds);
}
