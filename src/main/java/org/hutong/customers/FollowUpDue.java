package org.hutong.customers;

import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/**
 * A customer's 下次跟进 date is today: published once a day, per owned customer, by the customers'
 * reminder run, for whoever reminds the owner.
 */
public record FollowUpDue(long tenantId, long customerId, long ownerId, String customerName, LocalDate dueOn)
		implements TenantScoped {
}
