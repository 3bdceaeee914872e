package org.hutong.projects.project;

import java.time.LocalDate;

/**
 * A project as the portfolio's cards and table show it: its next gate is the current phase's planned
 * end, late by {@code daysLate} days (0: not late).
 */
public record ProjectRow(long id, String code, String name, long typeId, String typeName, String phase,
		ProjectStatus status, Priority priority, long managerId, String managerName, LocalDate nextGate, long daysLate,
		LocalDate plannedStart, LocalDate plannedEnd, Long customerId, long version) {

	public boolean late() {
		return daysLate > 0;
	}
}
