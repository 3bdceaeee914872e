package org.hutong.projects.plan;

import java.time.LocalDate;

/**
 * An item's place after both passes: as early as its dependencies allow, and as late as it may be
 * without moving the project's finish. Finishes are last days, as in {@link PlanItem}; a
 * milestone's finish is its start.
 *
 * @param totalFloatDays how many days the item may slip without delaying the project's finish
 * @param critical zero float and not done: a day's slip here is a day on the project
 */
public record ScheduledItem(String id, ItemKind kind, String name, LocalDate earlyStart, LocalDate earlyFinish,
		LocalDate lateStart, LocalDate lateFinish, long totalFloatDays, boolean critical) {
}
