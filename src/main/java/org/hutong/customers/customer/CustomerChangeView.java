package org.hutong.customers.customer;

import java.time.Instant;

/**
 * One field change as the customer's page and the API show it; {@code null} values are empty.
 *
 * @param coded the values are enum codes, labelled by {@code customer.<field>.<code>}
 */
public record CustomerChangeView(long id, String field, boolean coded, String oldValue, String newValue,
		Long actorId, String actorName, Instant occurredAt) {
}
