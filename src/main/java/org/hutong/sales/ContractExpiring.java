package org.hutong.sales;

import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/**
 * A contract in effect (已生效 or 执行中) reaches its end date within the enterprise's 到期提醒提前天数: the
 * morning reminder tells its owner once per contract and end date, so a contract extended to a later
 * end is reminded again.
 */
public record ContractExpiring(long tenantId, long contractId, String contractNumber, String title, long customerId,
		long ownerId, LocalDate endsOn) implements TenantScoped {
}
