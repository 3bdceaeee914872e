package org.hutong.projects.plan;

import java.util.List;

/** Either a schedule or the reasons the plan was refused; never both. */
public record ScheduleResult(Schedule schedule, List<PlanRefusal> refusals) {

	public ScheduleResult {
		refusals = List.copyOf(refusals);
	}

	static ScheduleResult scheduled(Schedule schedule) {
		return new ScheduleResult(schedule, List.of());
	}

	static ScheduleResult refused(List<PlanRefusal> refusals) {
		return new ScheduleResult(null, refusals);
	}

	public boolean refused() {
		return schedule == null;
	}
}
