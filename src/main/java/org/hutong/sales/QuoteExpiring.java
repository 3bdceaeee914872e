package org.hutong.sales;

import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/**
 * A sent 报价单 the customer has not answered is near the end of its validity ({@code expired}
 * false), or passed it and is now 已过期 ({@code expired} true). Published by the morning run, once a
 * day per quote; listeners keep one notice per quote, day and kind.
 */
public record QuoteExpiring(long tenantId, long quoteId, String number, long customerId, String customerName,
		long ownerId, LocalDate validUntil, boolean expired) implements TenantScoped {
}
