package org.hutong.approvals;

import java.time.Instant;
import java.util.List;

import org.hutong.shared.TenantScoped;

/** A 审批单 reached a 抄送 node: the recipients should be told (抄送我的). */
public record ApprovalCcd(long tenantId, long requestId, String nodeId, List<Long> recipientIds, Instant occurredAt)
		implements TenantScoped {

	public ApprovalCcd {
		recipientIds = List.copyOf(recipientIds);
	}
}
