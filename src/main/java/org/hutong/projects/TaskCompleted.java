package org.hutong.projects;

import java.time.Instant;
import java.util.List;

import org.hutong.shared.TenantScoped;

/** A task of a project reached a done column of its board. */
public record TaskCompleted(long tenantId, long taskId, long projectId, String title, List<Long> assigneeIds,
		long completedBy, Instant occurredAt) implements TenantScoped {
}
