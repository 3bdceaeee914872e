package org.hutong.feed.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A report's fields as written (shown escaped, line breaks kept) and, for its author, who has read it.
 *
 * @param readers names of those who have read it, first reader first
 */
public record ReportView(long id, ReportPeriod period, LocalDate periodStart, String done, String plan,
		String problems, List<String> readers) {
}
