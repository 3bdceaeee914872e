package org.hutong.projects.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hutong.projects.plan.Dependency.finishToStart;
import static org.hutong.projects.plan.PlanItem.floatingTask;
import static org.hutong.projects.plan.PlanItem.task;
import static org.hutong.projects.plan.SchedulingTests.day;
import static org.hutong.projects.plan.SchedulingTests.scheduled;

import java.util.List;

import org.junit.jupiter.api.Test;

class BaselineComparisonTests {

	/** Saved when 方案 was to take 3 days and 样机 5, with 包装 still in the plan. */
	static final List<BaselineItem> BASELINE = List.of(new BaselineItem("spec", day(0), day(2)),
			new BaselineItem("proto", day(3), day(7)), new BaselineItem("pack", day(8), day(8)));

	@Test
	void slipsAreDaysLaterThanTheBaselineAndTheFinishSlipIsTheProjects() {
		Schedule now = scheduled(
				List.of(task("spec", "方案", null, day(0), day(4)), floatingTask("proto", "样机", null, 4),
						floatingTask("docs", "说明书", null, 2)),
				List.of(finishToStart("spec", "proto"), finishToStart("proto", "docs")));
		BaselineComparison comparison = BaselineComparison.of(BASELINE, now);
		assertThat(comparison.slip("spec")).isEqualTo(new Slip("spec", 0, 2));
		assertThat(comparison.slip("proto")).isEqualTo(new Slip("proto", 2, 1));
		assertThat(comparison.finishSlipDays()).isEqualTo(2);
		assertThat(comparison.added()).containsExactly("docs");
		assertThat(comparison.removed()).containsExactly("pack");
		assertThat(comparison.slip("docs")).isNull();
	}

	@Test
	void anItemAheadOfTheBaselineSlipsByNegativeDays() {
		Schedule now = scheduled(List.of(task("spec", "方案", null, day(0), day(1)), floatingTask("proto", "样机", null, 5),
				task("pack", "包装", null, day(7), day(7))), List.of(finishToStart("spec", "proto")));
		BaselineComparison comparison = BaselineComparison.of(BASELINE, now);
		assertThat(comparison.slip("proto")).isEqualTo(new Slip("proto", -1, -1));
		assertThat(comparison.slip("pack")).isEqualTo(new Slip("pack", -1, -1));
		assertThat(comparison.finishSlipDays()).isEqualTo(-1);
	}
}
