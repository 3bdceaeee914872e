package org.hutong.sales.invoice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

	List<Invoice> findByContractIdOrderById(long contractId);
}
