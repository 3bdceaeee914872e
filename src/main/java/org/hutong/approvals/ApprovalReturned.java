package org.hutong.approvals;

import java.time.Instant;

import org.hutong.shared.TenantScoped;

/**
 * An approver returned a 审批单 (退回): to its submitter ({@code toNodeId} {@code null}), who may
 * resubmit, or to an earlier node, which decides again.
 */
public record ApprovalReturned(long tenantId, long requestId, String toNodeId, long actorId, long submitterId,
		Instant occurredAt) implements TenantScoped {
}
