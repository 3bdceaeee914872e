package org.hutong.sales.receivable;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceivableReminderRepository extends JpaRepository<ReceivableReminder, Long> {

	long countByContractId(long contractId);
}
