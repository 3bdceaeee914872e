package org.hutong.projects;

import java.math.BigDecimal;
import java.time.Instant;

import org.hutong.shared.TenantScoped;

/**
 * A project's actual cost reached a threshold of its budget (80 or 100 %), in total or in one
 * category. Told once per project, scope and threshold.
 *
 * @param categoryId the category whose burn crossed, or null for the project's total
 * @param category its name, or null for the total
 * @param threshold the percent reached
 */
public record BudgetThresholdCrossed(long tenantId, long projectId, String projectName, long managerId, Long categoryId,
		String category, int threshold, BigDecimal budget, BigDecimal actual, Instant occurredAt)
		implements TenantScoped {
}
