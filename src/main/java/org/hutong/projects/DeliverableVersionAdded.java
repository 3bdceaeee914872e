package org.hutong.projects;

import java.time.Instant;

import org.hutong.shared.TenantScoped;

/**
 * A version of a project's 交付物 was uploaded.
 *
 * @param change whether it came after the deliverable was locked (a 变更 with a reason)
 */
public record DeliverableVersionAdded(long tenantId, long projectId, long phaseId, long deliverableId, String name,
		int number, boolean change, long uploadedBy, Instant occurredAt) implements TenantScoped {
}
