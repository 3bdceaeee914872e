package org.hutong.sales;

import java.math.BigDecimal;
import java.time.Instant;

import org.hutong.shared.TenantScoped;

/** A contract's 质保金 came back in full: the last money of the contract's warranty is collected. */
public record RetentionReleased(long tenantId, long retentionId, long contractId, String contractNumber,
		long customerId, BigDecimal amount, long ownerId, Instant occurredAt) implements TenantScoped {
}
