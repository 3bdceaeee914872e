package org.hutong.customers;

import org.hutong.shared.TenantScoped;

/**
 * A 线索 became a 客户 (and, when it named a person, a first 联系人), published in the converting
 * transaction together with the customer's own {@link CustomerCreated}.
 *
 * @param contactId the first contact, or {@code null} when the lead named nobody
 */
public record LeadConverted(long tenantId, long leadId, long customerId, Long contactId) implements TenantScoped {
}
