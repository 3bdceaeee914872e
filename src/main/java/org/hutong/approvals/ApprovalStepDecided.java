package org.hutong.approvals;

import java.time.Instant;

import org.hutong.shared.TenantScoped;

/**
 * An approver acted on their task: {@code action} is {@code APPROVE}, {@code REJECT}, {@code TRANSFER},
 * {@code ADD_SIGNER_BEFORE} or {@code ADD_SIGNER_AFTER}; {@code targetUserId} the new assignee if any.
 */
public record ApprovalStepDecided(long tenantId, long requestId, String nodeId, long actorId, String action,
		Long targetUserId, Instant occurredAt) implements TenantScoped {
}
