package org.hutong.projects.report;

import jakarta.validation.constraints.Size;
import org.hutong.shared.Texts;

/**
 * A weekly report as written: a one-paragraph 本周概述, what was done, the plan for next week and the
 * risks. All may stay empty while it is a draft.
 *
 * @param version the version edited ({@code null}: a new report, or no check)
 */
public record ReportForm(
		@Size(max = ReportForm.SUMMARY, message = "{report.summary.long}") String summary,
		@Size(max = ReportForm.TEXT, message = "{report.text.long}") String doneText,
		@Size(max = ReportForm.TEXT, message = "{report.text.long}") String nextPlan,
		@Size(max = ReportForm.RISKS, message = "{report.risks.long}") String risks,
		Long version) {

	public static final int SUMMARY = 500;

	public static final int TEXT = 4000;

	public static final int RISKS = 2000;

	public ReportForm {
		summary = Texts.clean(summary);
		doneText = Texts.clean(doneText);
		nextPlan = Texts.clean(nextPlan);
		risks = Texts.clean(risks);
	}

	ReportForm withVersion(Long other) {
		return new ReportForm(summary, doneText, nextPlan, risks, other);
	}
}
