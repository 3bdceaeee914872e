package org.hutong.customers;

import java.time.Instant;

import org.hutong.shared.TenantScoped;

/**
 * A 客户's owner changed, published in the same transaction as the change.
 *
 * @param fromOwnerId the owner before, or {@code null} when it came from the public pool
 * @param toOwnerId the owner after, or {@code null} when it went to the public pool
 * @param kind {@code CLAIMED}, {@code RELEASED}, {@code TRANSFERRED} or {@code RECLAIMED}
 * @param actorId the user who did it, or {@code null} when a reclaim rule did
 * @param reason why it was released or reclaimed, else {@code null}
 */
public record CustomerOwnerChanged(long tenantId, long customerId, Long fromOwnerId, Long toOwnerId, String kind,
		Long actorId, String reason, Instant occurredAt) implements TenantScoped {
}
