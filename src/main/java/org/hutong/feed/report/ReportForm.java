package org.hutong.feed.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A 日报 or 周报: what was done, the plan, problems and help needed. */
public record ReportForm(String period, @NotBlank @Size(max = 4000) String done, @Size(max = 4000) String plan,
		@Size(max = 4000) String problems) {

	public static ReportForm blank(String period) {
		return new ReportForm(period == null ? ReportPeriod.DAILY.name() : period, "", "", "");
	}

	ReportPeriod periodOrDaily() {
		return ReportPeriod.WEEKLY.name().equals(period) ? ReportPeriod.WEEKLY : ReportPeriod.DAILY;
	}
}
