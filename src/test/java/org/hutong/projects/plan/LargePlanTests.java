package org.hutong.projects.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hutong.projects.plan.SchedulingTests.MONDAY;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A 1,000-task project with about 1,500 dependencies, the size the Gantt data request is measured
 * on: a spine of 800 tasks, 200 side tasks hanging off it with slack, and extra links that never
 * drive. The answers are known in closed form, so the test checks every task, not the clock.
 */
class LargePlanTests {

	static final int SPINE = 800;

	static final int SIDE = 200;

	static int days(int i) {
		return i % 4 + 1;
	}

	@Test
	void schedulesAThousandTasksWithFifteenHundredDependencies() {
		List<PlanItem> items = new ArrayList<>();
		List<Dependency> dependencies = new ArrayList<>();
		for (int i = 0; i < SPINE; i++) {
			items.add(PlanItem.floatingTask("t" + i, "任务 " + i, null, days(i)));
			if (i > 0) {
				dependencies.add(Dependency.finishToStart("t" + (i - 1), "t" + i));
			}
			if (i > 1 && i % 2 == 0) {
				dependencies.add(Dependency.finishToStart("t" + (i - 2), "t" + i));
			}
		}
		for (int j = 0; j < SIDE; j++) {
			int from = j * 3;
			items.add(PlanItem.floatingTask("s" + j, "支线 " + j, null, 1));
			dependencies.add(Dependency.finishToStart("t" + from, "s" + j));
			dependencies.add(Dependency.finishToStart("s" + j, "t" + (from + 3)));
		}
		assertThat(items).hasSize(1_000);
		assertThat(dependencies).hasSizeBetween(1_400, 1_600);

		ScheduleResult result = Scheduling.schedule(new Plan(MONDAY, items, dependencies));

		assertThat(result.refusals()).isEmpty();
		Schedule schedule = result.schedule();
		long start = 0;
		for (int i = 0; i < SPINE; i++) {
			ScheduledItem task = schedule.item("t" + i).orElseThrow();
			assertThat(task.earlyStart()).isEqualTo(MONDAY.plusDays(start));
			assertThat(task.critical()).isTrue();
			start += days(i);
		}
		assertThat(schedule.projectFinish()).isEqualTo(MONDAY.plusDays(start - 1));
		assertThat(schedule.criticalPath()).singleElement().satisfies(chain -> assertThat(chain).hasSize(SPINE));
		// a side task sits between t(3j) and t(3j+3), whose gap is the two tasks between them
		for (int j = 0; j < SIDE; j++) {
			int from = j * 3;
			assertThat(schedule.item("s" + j).orElseThrow().totalFloatDays())
				.isEqualTo(days(from + 1) + days(from + 2) - 1);
		}
	}
}
