package org.hutong.projects.project;

import java.time.LocalDate;
import java.util.List;

import org.hutong.projects.health.HealthReason;
import org.hutong.projects.health.Light;

/**
 * A project as the portfolio's cards and table show it: its next gate is the current phase's planned
 * end, late by {@code daysLate} days (0: not late); its 健康度 as last judged, worst reason first ({@code null}
 * light for an ended project or one not judged yet), and the share of its budget spent.
 */
public record ProjectRow(long id, String code, String name, long typeId, String typeName, String phase,
		ProjectStatus status, Priority priority, long managerId, String managerName, LocalDate nextGate, long daysLate,
		LocalDate plannedStart, LocalDate plannedEnd, Long customerId, Light health, List<HealthReason> reasons,
		Integer budgetBurn, long version) {

	public boolean late() {
		return daysLate > 0;
	}
}
