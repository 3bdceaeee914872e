package org.hutong.projects.report;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored weekly report through the API. */
public record ReportView(long id, long projectId, String week, ReportStatus status, String summary, String doneText,
		String nextPlan, String risks, BigDecimal hoursTotal, String authorName, Instant publishedAt, Instant updatedAt,
		long version) {

	static ReportView of(long projectId, ReportRow row, ReportForm texts) {
		return new ReportView(row.id(), projectId, row.week(), row.status(), texts.summary(), texts.doneText(),
				texts.nextPlan(), texts.risks(), row.hoursTotal(), row.authorName(), row.publishedAt(), row.updatedAt(),
				row.version());
	}
}
