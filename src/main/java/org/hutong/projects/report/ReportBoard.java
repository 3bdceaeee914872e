package org.hutong.projects.report;

import java.util.List;

import org.hutong.projects.time.Week;

/**
 * The published reports of one week over the projects the reader sees, by project.
 *
 * @param next the week after (null: this week is the last one)
 * @param more the cursor of the next page (the last project shown), {@code null} on the last page
 */
public record ReportBoard(Week week, Week previous, Week next, List<ReportCard> cards, Long more) {
}
