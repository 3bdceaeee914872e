package org.hutong.projects.report;

import java.util.List;

import org.hutong.projects.time.Week;

/**
 * One week's report as its page shows it: the stored report (or {@code null} when there is none yet),
 * for who writes it also the week's facts and the form, pre-filled from the facts while nothing is
 * stored.
 *
 * @param facts the week's facts, for writers only ({@code null} for readers)
 * @param form the texts: for a writer what the edit form shows, for a reader the published report's
 */
public record ReportPage(long projectId, String projectName, Week week, ReportRow report, WeekFacts facts,
		ReportForm form, boolean mayWrite, Week previous, Week next) {

	/** One labelled text of the report, as a reader sees it. */
	public record Part(String label, String text) {
	}

	public List<Part> parts() {
		return List.of(new Part("report.summary", form.summary()), new Part("report.doneText", form.doneText()),
				new Part("report.nextPlan", form.nextPlan()), new Part("report.risks", form.risks()));
	}
}
