package org.hutong.projects;

import java.time.Instant;
import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/**
 * A project entered one of its phases (立项 on creation, the next one when a gate lets it through).
 *
 * @param position the phase's place in the project's lifecycle, from 1
 * @param plannedEnd when its gate is planned
 */
public record PhaseEntered(long tenantId, long projectId, long phaseId, int position, String name, LocalDate enteredOn,
		LocalDate plannedEnd, Instant occurredAt) implements TenantScoped {
}
