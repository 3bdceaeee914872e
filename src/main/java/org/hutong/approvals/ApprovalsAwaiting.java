package org.hutong.approvals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hutong.shared.TenantScoped;

/**
 * The morning digest: {@code count} approvals wait for {@code approverId} on {@code day} (Asia/Shanghai);
 * {@code titles} names the newest few.
 */
public record ApprovalsAwaiting(long tenantId, long approverId, long count, List<String> titles, LocalDate day,
		Instant occurredAt) implements TenantScoped {

	public ApprovalsAwaiting {
		titles = List.copyOf(titles);
	}
}
