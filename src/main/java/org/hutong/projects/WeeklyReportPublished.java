package org.hutong.projects;

import java.time.Instant;

import org.hutong.shared.TenantScoped;

/**
 * A project's 项目周报 of an ISO week was published (once per report; corrections after that publish
 * nothing).
 *
 * @param week the ISO week, e.g. {@code 2026-W50}
 * @param publishedBy who published it (the project's manager or a lead)
 */
public record WeeklyReportPublished(long tenantId, long reportId, long projectId, String projectName, String week,
		String summary, long publishedBy, Instant occurredAt) implements TenantScoped {
}
