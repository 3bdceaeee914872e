package org.hutong.customers.customer;

import java.time.Instant;

/**
 * One ownership change as the customer's page and the API show it; a {@code null} owner is the
 * public pool, a {@code null} actor the system.
 */
public record OwnerChangeView(long id, OwnerChangeKind kind, Long fromOwnerId, String fromOwnerName, Long toOwnerId,
		String toOwnerName, String reason, Long actorId, String actorName, Instant occurredAt) {
}
