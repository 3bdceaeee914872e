package org.hutong.sales.retention;

import org.springframework.data.jpa.repository.JpaRepository;

interface GuaranteeReminderRepository extends JpaRepository<GuaranteeReminder, Long> {

	long countByRetentionId(long retentionId);
}
