package org.hutong.sales;

import java.math.BigDecimal;
import java.time.Instant;

import org.hutong.shared.TenantScoped;

/** Finance confirmed a 回款 under a contract: it counts as collected from now (a 喜报, and the owner is told). */
public record PaymentReceived(long tenantId, long receiptId, String number, long contractId, String contractNumber,
		long customerId, BigDecimal amount, long ownerId, long confirmedBy, Instant occurredAt) implements TenantScoped {
}
