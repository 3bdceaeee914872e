package org.hutong.projects.report;

import java.math.BigDecimal;
import java.time.Instant;

import org.hutong.projects.project.ProjectRow;

/** A published report on the leaders' page of a week: the project as the portfolio shows it, and the report. */
public record ReportCard(ProjectRow project, String week, String summary, BigDecimal hoursTotal, String authorName,
		Instant publishedAt) {
}
