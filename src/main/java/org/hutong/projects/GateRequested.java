package org.hutong.projects;

import java.time.Instant;

import org.hutong.shared.TenantScoped;

/** The project's manager asked the gatekeepers of its current phase to review its gate (阶段评审). */
public record GateRequested(long tenantId, long gateId, long projectId, long phaseId, String phaseName, long requestedBy,
		Instant occurredAt) implements TenantScoped {
}
