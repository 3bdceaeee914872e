package org.hutong.projects;

import java.time.Instant;
import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/** A project paused by a gate's Hold reaches the day the hold ends: its manager is told, once per gate. */
public record HoldEnds(long tenantId, long gateId, long projectId, String projectName, String phaseName, long managerId,
		LocalDate holdUntil, Instant occurredAt) implements TenantScoped {
}
