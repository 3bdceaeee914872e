package org.hutong.sales;

import java.math.BigDecimal;
import java.time.Instant;

import org.hutong.shared.TenantScoped;

/**
 * A tender's result was recorded: 中标 ({@code WON}, which also wins its 商机), 未中标 ({@code LOST})
 * or 流标 ({@code FAILED}).
 *
 * @param winner the winning bidder as the 开标记录 names it, or {@code null}
 */
public record TenderResultRecorded(long tenantId, long tenderId, long opportunityId, long customerId, String title,
		String result, String winner, BigDecimal winningPrice, BigDecimal bidPrice, long ownerId, long actorId,
		Instant occurredAt) implements TenantScoped {
}
