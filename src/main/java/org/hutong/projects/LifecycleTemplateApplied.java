package org.hutong.projects;

import java.time.Instant;
import java.util.List;

import org.hutong.shared.TenantScoped;

/**
 * A changed lifecycle template was applied to a running project, inside the transaction that applies
 * it: its new phases and newly required deliverables are in, and what it no longer requires is about
 * to go, so that the project's deliverables can follow (new rows for the new requirements; the rows of
 * the dropped ones removed while empty, kept as free deliverables once they hold versions).
 *
 * @param removedPhaseIds the project's phases about to be removed (none has work on it)
 * @param droppedRequirementIds the required deliverables (of phases that stay) about to be removed
 */
public record LifecycleTemplateApplied(long tenantId, long projectId, long templateId, List<Long> removedPhaseIds,
		List<Long> droppedRequirementIds, Instant occurredAt) implements TenantScoped {
}
