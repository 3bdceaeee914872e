package org.hutong.projects;

import java.time.Instant;
import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/**
 * A task of a project was given to someone (one event per new assignee).
 *
 * @param dueDate when it is due, or {@code null}
 * @param assignedBy who gave it
 */
public record TaskAssigned(long tenantId, long taskId, long projectId, String projectName, String title,
		long assigneeId, long assignedBy, LocalDate dueDate, Instant occurredAt) implements TenantScoped {
}
