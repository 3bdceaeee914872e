package org.hutong.approvals;

import java.time.Instant;
import java.util.List;

import org.hutong.shared.TenantScoped;

/** 催办: the submitter (or a node's timeout) reminded the approvers whose tasks are open. */
public record ApprovalReminded(long tenantId, long requestId, List<Long> assigneeIds, Instant occurredAt)
		implements TenantScoped {

	public ApprovalReminded {
		assigneeIds = List.copyOf(assigneeIds);
	}
}
