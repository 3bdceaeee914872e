package org.hutong.customers;

import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/**
 * An owned customer will go back to the public pool on {@code reclaimOn} unless followed up: published
 * daily by the customers' reminder run while the customer is within the 回收规则's warning days.
 */
public record ReclaimWarned(long tenantId, long customerId, long ownerId, String customerName, LocalDate reclaimOn)
		implements TenantScoped {
}
