package org.hutong.projects.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One bar of a project's plan. Dates are calendar days and the end is the last day worked, so a task
 * from 1 to 5 March lasts 5 days and its successor may start on 6 March. An item with a start is
 * fixed there; one without is scheduled as early as its dependencies (and its phase's start) allow.
 * A done item's dates are what happened: it is never refused and never on the critical path.
 *
 * @param end the last day, or null when the duration is given instead
 * @param durationDays used when there is no end; milestones have none
 * @param phaseId the phase a task belongs to, or null
 */
public record PlanItem(String id, ItemKind kind, String name, LocalDate start, LocalDate end, Integer durationDays,
		String phaseId, boolean done) {

	public PlanItem {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		name = name == null ? id : name;
	}

	public static PlanItem phase(String id, String name, LocalDate start, LocalDate end) {
		return new PlanItem(id, ItemKind.PHASE, name, start, end, null, null, false);
	}

	public static PlanItem task(String id, String name, String phaseId, LocalDate start, LocalDate end) {
		return new PlanItem(id, ItemKind.TASK, name, start, end, null, phaseId, false);
	}

	/** A task placed by its dependencies rather than by a start date. */
	public static PlanItem floatingTask(String id, String name, String phaseId, int durationDays) {
		return new PlanItem(id, ItemKind.TASK, name, null, null, durationDays, phaseId, false);
	}

	/** A milestone on a date, or (date null) reached as soon as its predecessors finish. */
	public static PlanItem milestone(String id, String name, LocalDate date) {
		return new PlanItem(id, ItemKind.MILESTONE, name, date, null, null, null, false);
	}

	public PlanItem asDone() {
		return new PlanItem(id, kind, name, start, end, durationDays, phaseId, true);
	}

	boolean fixed() {
		return start != null;
	}
}
