package org.hutong.projects.report;

import java.math.BigDecimal;
import java.time.Instant;

/** One week's report in a project's list of reports. */
public record ReportRow(long id, String week, ReportStatus status, String summary, BigDecimal hoursTotal,
		String authorName, Instant publishedAt, Instant updatedAt, long version) {

	public boolean draft() {
		return status == ReportStatus.DRAFT;
	}
}
