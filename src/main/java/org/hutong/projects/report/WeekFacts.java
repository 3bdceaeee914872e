package org.hutong.projects.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a project's week shows by itself, read when its report is opened: the tasks completed in it, the
 * hours logged per person and in all, the gate reviews requested or decided in it and the milestones
 * reached.
 */
public record WeekFacts(List<DoneTask> doneTasks, List<MemberHours> hours, BigDecimal totalHours,
		List<GateEvent> gates, List<ReachedMilestone> milestones) {

	/** At most this many completed tasks are listed (the count says how many there were). */
	public static final int TASKS = 50;

	public record DoneTask(long id, String title, Instant completedAt) {
	}

	public record MemberHours(long userId, String name, BigDecimal hours) {
	}

	/**
	 * A gate review requested ({@code outcome} null) or decided in the week.
	 *
	 * @param outcome {@code GO}, {@code KILL}, {@code HOLD} or {@code RECYCLE} once decided
	 */
	public record GateEvent(long gateId, String phaseName, boolean decided, String outcome, Instant at) {
	}

	public record ReachedMilestone(long id, String name, Instant reachedAt) {
	}
}
