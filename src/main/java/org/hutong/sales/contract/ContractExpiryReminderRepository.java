package org.hutong.sales.contract;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractExpiryReminderRepository extends JpaRepository<ContractExpiryReminder, Long> {

	long countByContractId(long contractId);
}
