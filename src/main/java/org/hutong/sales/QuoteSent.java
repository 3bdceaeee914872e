package org.hutong.sales;

import java.math.BigDecimal;
import java.time.Instant;

import org.hutong.shared.TenantScoped;

/**
 * A 报价单 went to its customer.
 *
 * @param opportunityId the deal it was made for, or {@code null}
 */
public record QuoteSent(long tenantId, long quoteId, String number, long customerId, Long opportunityId,
		BigDecimal total, long ownerId, long actorId, Instant occurredAt) implements TenantScoped {
}
