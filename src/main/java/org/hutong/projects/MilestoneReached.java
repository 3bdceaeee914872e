package org.hutong.projects;

import java.time.Instant;
import java.time.LocalDate;

import org.hutong.shared.TenantScoped;

/**
 * A project's 里程碑 was reached.
 *
 * @param reachedBy who said so, or null when it was reached automatically (its tasks done, its
 * deliverables submitted)
 * @param slipDays how many days its due day had moved from its baseline day (negative: earlier)
 */
public record MilestoneReached(long tenantId, long milestoneId, long projectId, String name, LocalDate dueOn,
		long slipDays, Long reachedBy, Instant occurredAt) implements TenantScoped {
}
