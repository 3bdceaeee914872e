package org.hutong.projects;

import java.time.Instant;

import org.hutong.shared.TenantScoped;

/**
 * A phase's gate passed (Go): its accepted deliverables are locked and the project is in its next phase,
 * or through its last one (已结项).
 *
 * @param contractId the contract the project is linked to, if any (at the 验收 gate sales may record acceptance)
 * @param last whether it was the project's last gate
 */
public record GatePassed(long tenantId, long gateId, long projectId, String projectName, long phaseId,
		String phaseName, Long contractId, boolean last, Instant occurredAt) implements TenantScoped {
}
