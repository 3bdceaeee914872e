package org.hutong.sales;

import java.math.BigDecimal;
import java.time.Instant;

import org.hutong.shared.TenantScoped;

/**
 * A 商机 was won (赢单), by a stage move or by its tender's result. Published with the
 * {@link OpportunityStageChanged} of the same move.
 *
 * @param amount the deal's amount, or {@code null}
 */
public record OpportunityWon(long tenantId, long opportunityId, long customerId, String name, BigDecimal amount,
		long ownerId, long actorId, Instant occurredAt) implements TenantScoped {
}
