package org.hutong.sales;

import java.math.BigDecimal;
import java.time.Instant;

import org.hutong.shared.TenantScoped;

/** A 合同 went to its 合同审批: it takes effect only once that is approved. */
public record ContractSubmitted(long tenantId, long contractId, String number, long customerId, BigDecimal total,
		long ownerId, long actorId, Instant occurredAt) implements TenantScoped {
}
