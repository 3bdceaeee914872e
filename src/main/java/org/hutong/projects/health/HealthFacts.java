package org.hutong.projects.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a project's health is judged from, gathered by the caller.
 *
 * @param currentPhase the phase whose gate comes next, or null when the project has no gate ahead
 * @param gatePlannedOn that gate's planned date, or null
 * @param openTasks tasks not done nor cancelled; overdue ones are among them
 * @param budget the approved budget, or null (or zero) when there is none to burn
 */
public record HealthFacts(LocalDate today, String currentPhase, LocalDate gatePlannedOn,
		List<MilestoneFact> milestones, int openTasks, int overdueTasks, BigDecimal budget, BigDecimal actual) {

	public HealthFacts {
		Objects.requireNonNull(today, "today");
		milestones = milestones == null ? List.of() : List.copyOf(milestones);
		if (overdueTasks < 0 || overdueTasks > openTasks) {
			throw new IllegalArgumentException("overdue tasks must be between 0 and the open tasks");
		}
	}
}
