package org.hutong.projects.gantt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hutong.projects.plan.PlanRefusal;

/**
 * A project's scheduled plan as its Gantt page, its data and the API show it: every item with its
 * scheduled dates, whether it is critical and its slip against the baseline compared; the items
 * grouped by phase (for the phone's timeline list); the dependencies; the baselines to pick from.
 * A stored plan the scheduler refuses (dates changed on a task's own page) is shown with its
 * conflicts: scheduled as if its tasks had no phases when only they conflict, else with its own
 * dates and no critical path.
 *
 * @param mayPlan whether the viewer may drag, link and save baselines (manager, 负责人, 技术负责人)
 * @param refusals the stored plan's conflicts
 * @param undated how many open tasks have no date and so are not on the chart
 */
public record GanttPage(long projectId, String code, String projectName, boolean mayPlan, List<PlanRefusal> refusals,
		List<Line> lines, List<Group> groups, List<DependencyView> dependencies, List<BaselineChoice> baselines,
		BaselineChoice baseline, Long finishSlipDays, LocalDate projectFinish, int undated, List<TaskChoice> tasks) {

	/**
	 * One bar. {@code key} is the chart's id ({@code P}, {@code M}, {@code T} and the row's id).
	 *
	 * @param predecessors keys of the tasks this one waits for
	 * @param slipDays days the finish moved since the baseline compared (later: positive), null when new
	 * @param version the task's version (drags name it), null for phases and milestones
	 */
	public record Line(String key, String kind, long id, String name, LocalDate start, LocalDate end, int progress,
			boolean critical, boolean done, Long floatDays, List<String> predecessors, LocalDate baselineStart,
			LocalDate baselineEnd, Long slipDays, Long version) {
	}

	/** A phase (null: tasks and milestones outside any phase) and its items in the plan's order. */
	public record Group(Line phase, List<Line> items) {
	}

	public record DependencyView(long id, long predecessorId, String predecessor, long successorId, String successor,
			int lagDays, boolean critical) {
	}

	public record BaselineChoice(long id, String name, Instant takenAt) {
	}

	public record TaskChoice(long id, String title) {
	}

	public boolean refused() {
		return !refusals.isEmpty();
	}
}
