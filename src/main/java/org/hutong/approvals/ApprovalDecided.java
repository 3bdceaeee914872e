package org.hutong.approvals;

import java.time.Instant;

import org.hutong.shared.SubjectRef;
import org.hutong.shared.TenantScoped;

/**
 * A 审批单 ended: {@code APPROVED}, {@code REJECTED} or {@code WITHDRAWN}. The subject's module reacts
 * to this (its record is approved or not).
 *
 * @param subject the record it approved, or {@code null}
 */
public record ApprovalDecided(long tenantId, long requestId, String flowKey, SubjectRef subject, ApprovalStatus outcome,
		long submitterId, Instant occurredAt) implements TenantScoped {
}
