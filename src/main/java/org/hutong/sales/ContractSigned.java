package org.hutong.sales;

import java.math.BigDecimal;
import java.time.Instant;

import org.hutong.shared.TenantScoped;

/**
 * A 合同 took effect (its 合同审批 approved): signed business, celebrated with a 喜报 in 动态.
 *
 * @param amountCny the contract's total at its rate to CNY
 * @param opportunityId the deal it was made from, or {@code null}
 */
public record ContractSigned(long tenantId, long contractId, String number, String title, long customerId,
		Long opportunityId, BigDecimal amountCny, long ownerId, Instant occurredAt) implements TenantScoped {
}
