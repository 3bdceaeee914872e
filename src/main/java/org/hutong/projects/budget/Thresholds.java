package org.hutong.projects.budget;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hutong.projects.BudgetThresholdCrossed;
import org.hutong.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Burn warnings: after a project's budget or actual changes, each threshold (80, 100 %) its total or
 * a category has reached and not crossed before is kept and told ({@link BudgetThresholdCrossed}).
 * Kept for good: a replay, a second crossing after the budget was raised and burn fell back, tell
 * nothing again — the warning said what it had to once; the page shows the burn as it is now.
 * Callers hold the project's row locked, so two changes do not both tell the same crossing.
 */
@Component
class Thresholds {

	static final String TOTAL = "total";

	private final BudgetSheets sheets;

	private final CrossingRepository crossings;

	private final ProjectFacts projects;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Thresholds(BudgetSheets sheets, CrossingRepository crossings, ProjectFacts projects,
			ApplicationEventPublisher events, Clock clock) {
		this.sheets = sheets;
		this.crossings = crossings;
		this.projects = projects;
		this.events = events;
		this.clock = clock;
	}

	/** Keeps and tells the thresholds the project's burn newly reached; answers how many. */
	int check(long projectId) {
		BudgetSheet sheet = sheets.sheet(projectId);
		Set<String> told = new HashSet<>();
		crossings.findByProjectId(projectId).forEach(c -> told.add(c.getScope() + "@" + c.getThreshold()));
		int crossed = tell(projectId, TOTAL, sheet.total(), told);
		for (BudgetSheet.Row row : sheet.categories()) {
			crossed += tell(projectId, "c" + row.id(), row, told);
		}
		return crossed;
	}

	private int tell(long projectId, String scope, BudgetSheet.Row row, Set<String> told) {
		List<Integer> reached = row.reached().stream().filter(t -> !told.contains(scope + "@" + t)).toList();
		if (reached.isEmpty()) {
			return 0;
		}
		ProjectFacts.Facts project = projects.of(projectId);
		for (int threshold : reached) {
			crossings.save(new Crossing(projectId, scope, threshold, clock.instant()));
			events.publishEvent(new BudgetThresholdCrossed(TenantContext.require(), projectId, project.name(),
					project.managerId(), row.id(), row.name(), threshold, row.budget(), row.actual(), clock.instant()));
		}
		return reached.size();
	}
}
