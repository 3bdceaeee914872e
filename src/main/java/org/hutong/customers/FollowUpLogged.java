package org.hutong.customers;

import java.time.Instant;
import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/**
 * A 跟进记录 was logged on a customer, published in the logging transaction.
 *
 * @param type the kind of contact: {@code CALL}, {@code VISIT}, {@code WECHAT}, {@code EMAIL}, {@code MEETING} or {@code OTHER}
 * @param nextFollowUpOn the 下次跟进 date it set, or {@code null}
 */
public record FollowUpLogged(long tenantId, long customerId, long followUpId, long authorId, String type,
		Instant occurredAt, LocalDate nextFollowUpOn) implements TenantScoped {
}
