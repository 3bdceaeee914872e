package org.hutong.approvals;

import java.time.Instant;

import org.hutong.shared.SubjectRef;
import org.hutong.shared.TenantScoped;

/**
 * A 审批单 was submitted (or resubmitted: {@code round} above 1).
 *
 * @param subject the record it approves, or {@code null} for a request made from a form
 */
public record ApprovalRequested(long tenantId, long requestId, String number, String flowKey, SubjectRef subject,
		long submitterId, int round, Instant occurredAt) implements TenantScoped {
}
