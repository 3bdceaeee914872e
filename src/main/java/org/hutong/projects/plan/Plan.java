package org.hutong.projects.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What is scheduled: the items and their dependencies; nothing starts before the project does. */
public record Plan(LocalDate projectStart, List<PlanItem> items, List<Dependency> dependencies) {

	public Plan {
		Objects.requireNonNull(projectStart, "projectStart");
		items = List.copyOf(items);
		dependencies = List.copyOf(dependencies);
	}
}
