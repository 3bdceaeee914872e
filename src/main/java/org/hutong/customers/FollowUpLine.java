package org.hutong.customers;

import java.time.Instant;

/**
 * One follow-up as {@link FollowUpDigest} gives it: which customer, how ({@code CALL}, {@code VISIT} …
 * as in {@code followUp.type.*}), what was said and when.
 */
public record FollowUpLine(long customerId, String customerName, String type, String content, Instant occurredAt) {
}
