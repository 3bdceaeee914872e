package org.hutong.projects;

import java.time.Instant;

import org.hutong.shared.TenantScoped;

/**
 * A gate review was decided.
 *
 * @param outcome {@code GO}, {@code KILL}, {@code HOLD} or {@code RECYCLE}
 * @param decidedBy the gatekeeper, or {@code null} when the review's approval was ended in the 审批 inbox
 * @param managerId the project's manager, who is told
 */
public record GateDecided(long tenantId, long gateId, long projectId, String projectName, long phaseId,
		String phaseName, String outcome, Long decidedBy, long managerId, String comment, Instant occurredAt)
		implements TenantScoped {
}
