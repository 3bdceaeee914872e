package org.hutong.customers;

import org.hutong.shared.TenantScoped;

/**
 * A 客户 was created, published in the creating transaction.
 *
 * @param ownerId the owner, or {@code null} when the customer went straight into the public pool
 * @param createdBy the user who created it
 */
public record CustomerCreated(long tenantId, long customerId, String name, Long ownerId, long createdBy)
		implements TenantScoped {
}
