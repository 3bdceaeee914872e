package org.hutong.customers.customer;

import java.time.Instant;

/**
 * A customer in the 回收站: as lists show it, when it was deleted, and the customer it was merged
 * into ({@code null} when it was simply deleted).
 */
public record RecycleBinEntry(CustomerView customer, Instant deletedAt, Long mergedIntoId) {
}
