package org.hutong.projects.report;

import java.util.List;

/**
 * A project's reports, newest week first, one page before a cursor.
 *
 * @param currentWeek this week's name, which who writes reports may open
 * @param next the cursor of the next page (the last week shown), {@code null} on the last page
 */
public record ReportList(long projectId, String projectName, boolean mayWrite, String currentWeek,
		List<ReportRow> rows, String next) {
}
