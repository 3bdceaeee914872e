package org.hutong.sales;

import java.math.BigDecimal;
import java.time.Instant;

import org.hutong.shared.TenantScoped;

/**
 * The customer accepted a 报价单: its lines are what a contract takes over.
 *
 * @param opportunityId the deal it was made for, or {@code null}
 */
public record QuoteAccepted(long tenantId, long quoteId, String number, long customerId, Long opportunityId,
		BigDecimal total, long ownerId, long actorId, Instant occurredAt) implements TenantScoped {
}
