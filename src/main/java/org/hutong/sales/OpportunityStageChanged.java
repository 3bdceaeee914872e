package org.hutong.sales;

import java.math.BigDecimal;
import java.time.Instant;

import org.hutong.shared.TenantScoped;

/**
 * A 商机 changed stage: moved, won (the feed's 喜报 on the customer), lost or reopened.
 *
 * @param action {@code MOVE}, {@code WON}, {@code LOST} or {@code REOPEN}
 * @param amount the deal's amount at that moment, or {@code null}
 */
public record OpportunityStageChanged(long tenantId, long opportunityId, long customerId, String name, String action,
		String fromStage, String toStage, BigDecimal amount, long ownerId, long actorId, Instant occurredAt)
		implements TenantScoped {

	public boolean won() {
		return "WON".equals(action);
	}
}
