package org.hutong.projects.time;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's team week: each member's hours per day and in the week, and each task's hours in the week.
 */
public record TeamWeek(long projectId, String projectName, Week week, Week next, List<Member> members,
		List<TaskHours> tasks, List<BigDecimal> dayTotals, BigDecimal total) {

	public record Member(long userId, String name, List<BigDecimal> days, BigDecimal total) {
	}

	public record TaskHours(long taskId, String title, BigDecimal plannedHours, BigDecimal hours) {
	}

	public List<LocalDate> days() {
		return week.days();
	}
}
