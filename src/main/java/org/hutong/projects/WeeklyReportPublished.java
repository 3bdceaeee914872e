package org.hutong.projects;

import java.time.Instant;
import java.util.List;

import org.hutong.shared.TenantScoped;

/**
 * A project's 项目周报 of an ISO week was published (once per report; corrections after that publish
 * nothing).
 *
 * @param week the ISO week, e.g. {@code 2026-W50}
 * @param publishedBy who published it (the project's manager or a lead)
 * @param readerIds who is told: the project's manager and members (observers too), not the publisher
 */
public record WeeklyReportPublished(long tenantId, long reportId, long projectId, String projectName, String week,
		String summary, long publishedBy, List<Long> readerIds, Instant occurredAt) implements TenantScoped {

	public WeeklyReportPublished {
		readerIds = List.copyOf(readerIds);
	}
}
