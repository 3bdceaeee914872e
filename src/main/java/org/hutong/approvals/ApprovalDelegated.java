package org.hutong.approvals;

import java.time.Instant;
import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/** 委托 set: from {@code startsOn} to {@code endsOn} the delegator's approvals go to the delegate, who should know. */
public record ApprovalDelegated(long tenantId, long delegationId, long delegatorId, long delegateId, LocalDate startsOn,
		LocalDate endsOn, Instant occurredAt) implements TenantScoped {
}
