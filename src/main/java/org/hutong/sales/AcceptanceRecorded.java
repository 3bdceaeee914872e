package org.hutong.sales;

import java.time.Instant;
import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/** The customer accepted a contract's goods: {@code INITIAL} (初验) or {@code FINAL} (终验), on that day. */
public record AcceptanceRecorded(long tenantId, long acceptanceId, long contractId, long customerId, String kind,
		LocalDate acceptedOn, long actorId, Instant occurredAt) implements TenantScoped {
}
