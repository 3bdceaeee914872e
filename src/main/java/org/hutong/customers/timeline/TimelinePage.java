package org.hutong.customers.timeline;

import java.util.List;

import org.hutong.customers.TimelineEntry;

/**
 * One page of a customer's 时间线.
 *
 * @param kind the kind shown, or {@code null} for all
 * @param next the cursor of the next page, or {@code null} on the last
 */
public record TimelinePage(long customerId, String kind, List<TimelineEntry> entries, String next) {
}
