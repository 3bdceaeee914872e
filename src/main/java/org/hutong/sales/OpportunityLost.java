package org.hutong.sales;

import java.math.BigDecimal;
import java.time.Instant;

import org.hutong.shared.TenantScoped;

/**
 * A 商机 was lost (输单). Published with the {@link OpportunityStageChanged} of the same move.
 *
 * @param lostReasonId the reason from the enterprise's 输单原因 list
 * @param wonBy the competitor who won, or {@code null}
 */
public record OpportunityLost(long tenantId, long opportunityId, long customerId, String name, BigDecimal amount,
		long lostReasonId, String wonBy, long ownerId, long actorId, Instant occurredAt) implements TenantScoped {
}
