package org.hutong.projects;

import java.time.Instant;

import org.hutong.shared.TenantScoped;

/**
 * A 研发项目 was set up, its lifecycle copied from its template and its first phase entered.
 *
 * @param customerId the customer it is for, or {@code null}
 * @param contractId the contract it delivers, or {@code null}
 */
public record ProjectCreated(long tenantId, long projectId, String code, String name, long typeId, long managerId,
		Long departmentId, Long customerId, Long contractId, long createdBy, Instant occurredAt) implements TenantScoped {
}
