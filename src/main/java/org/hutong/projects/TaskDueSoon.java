package org.hutong.projects;

import java.time.Instant;
import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/** An open task of the assignee's falls due today or tomorrow: the morning reminder, one per task, person and due day. */
public record TaskDueSoon(long tenantId, long taskId, long projectId, String projectName, String title, long assigneeId,
		LocalDate dueDate, Instant occurredAt) implements TenantScoped {
}
