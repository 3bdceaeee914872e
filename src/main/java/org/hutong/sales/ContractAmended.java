package org.hutong.sales;

import java.math.BigDecimal;
import java.time.Instant;

import org.hutong.shared.TenantScoped;

/** A 补充协议 was approved and applied: the contract's amount is {@code total} now (it was {@code before}), its terms as agreed. */
public record ContractAmended(long tenantId, long contractId, String contractNumber, long amendmentId, String number,
		BigDecimal before, BigDecimal total, long customerId, long ownerId, Instant occurredAt) implements TenantScoped {
}
