package org.hutong.customers;

import org.hutong.shared.TenantScoped;

/**
 * Two 客户 were merged: the duplicate's contacts, follow-ups, team and history now belong to the
 * survivor, and the duplicate is in the recycle bin. Modules that keep customer ids should follow.
 */
public record CustomersMerged(long tenantId, long survivorId, long mergedId, Long actorId) implements TenantScoped {
}
