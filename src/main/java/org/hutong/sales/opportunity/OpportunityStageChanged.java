package org.hutong.sales.opportunity;

import java.math.BigDecimal;

import org.hutong.shared.TenantScoped;

/**
 * A 商机 changed stage: moved, won (the feed's 喜报), lost or reopened.
 *
 * @param amount the deal's amount at that moment, or {@code null}
 */
public record OpportunityStageChanged(long tenantId, long opportunityId, long customerId, String name,
		StageAction action, String fromStage, String toStage, BigDecimal amount, long ownerId, long actorId)
		implements TenantScoped {
}
