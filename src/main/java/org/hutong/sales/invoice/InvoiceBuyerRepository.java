package org.hutong.sales.invoice;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvoiceBuyerRepository extends JpaRepository<InvoiceBuyer, Long> {

	Optional<InvoiceBuyer> findByCustomerId(long customerId);
}
