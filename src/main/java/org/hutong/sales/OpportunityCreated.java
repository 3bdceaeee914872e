package org.hutong.sales;

import org.hutong.shared.TenantScoped;

/** A 商机 was created; the feed and notifications may follow. */
public record OpportunityCreated(long tenantId, long opportunityId, long customerId, String name, long ownerId,
		long createdBy) implements TenantScoped {
}
