package org.hutong.projects.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class HealthRulesTests {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

	static HealthFacts facts(LocalDate gate, List<MilestoneFact> milestones, int open, int overdue, String budget,
			String actual) {
		return new HealthFacts(TODAY, "型式试验", gate, milestones, open, overdue,
				budget == null ? null : new BigDecimal(budget), actual == null ? null : new BigDecimal(actual));
	}

	static ProjectHealth gateDue(LocalDate gate) {
		return HealthRules.judge(facts(gate, List.of(), 10, 0, null, null));
	}

	static ProjectHealth milestones(MilestoneFact... milestones) {
		return HealthRules.judge(facts(null, List.of(milestones), 10, 0, null, null));
	}

	static ProjectHealth tasks(int open, int overdue) {
		return HealthRules.judge(facts(null, List.of(), open, overdue, null, null));
	}

	static ProjectHealth budget(String budget, String actual) {
		return HealthRules.judge(facts(null, List.of(), 10, 0, budget, actual));
	}

	static HealthReason reason(String key, Light light, Object... arguments) {
		return new HealthReason(light, "projects.health.reason." + key, List.of(arguments));
	}

	@Test
	void aProjectWithNothingLateIsGreenWithoutReasons() {
		ProjectHealth health = HealthRules.judge(facts(TODAY, List.of(new MilestoneFact("样机完成", TODAY, null)), 20, 1,
				"100000.00", "79999.99"));
		assertThat(health.light()).isEqualTo(Light.GREEN);
		assertThat(health.reasons()).isEmpty();
	}

	@Test
	void aGateIsYellowFromItsFirstLateDayAndRedAfterAWeek() {
		assertThat(gateDue(TODAY.minusDays(1)).reasons()).containsExactly(reason("gate-late", Light.YELLOW, "型式试验", 1L));
		assertThat(gateDue(TODAY.minusDays(7)).light()).isEqualTo(Light.YELLOW);
		assertThat(gateDue(TODAY.minusDays(8)).reasons()).containsExactly(reason("gate-late", Light.RED, "型式试验", 8L));
		assertThat(HealthRules.judge(facts(null, List.of(), 0, 0, null, null)).light()).isEqualTo(Light.GREEN);
	}

	@Test
	void anOpenMilestoneIsYellowPastItsDateAndRedAfterTwoWeeks() {
		assertThat(milestones(new MilestoneFact("样机完成", TODAY.minusDays(14), null)).reasons())
			.containsExactly(reason("milestone-overdue", Light.YELLOW, "样机完成", 14L));
		assertThat(milestones(new MilestoneFact("样机完成", TODAY.minusDays(15), null)).reasons())
			.containsExactly(reason("milestone-overdue", Light.RED, "样机完成", 15L));
	}

	@Test
	void aMilestoneReachedMoreThanTwoWeeksLateStaysYellowAndASmallerSlipIsForgotten() {
		LocalDate planned = TODAY.minusDays(60);
		assertThat(milestones(new MilestoneFact("设计冻结", planned, planned.plusDays(14))).light()).isEqualTo(Light.GREEN);
		assertThat(milestones(new MilestoneFact("设计冻结", planned, planned.plusDays(15))).reasons())
			.containsExactly(reason("milestone-slipped", Light.YELLOW, "设计冻结", 15L));
	}

	@Test
	void overdueTasksCountFromATenthOfTheOpenOnesAndAreRedFromThirtyPercentWithAtLeastThree() {
		assertThat(tasks(11, 1).light()).isEqualTo(Light.GREEN);
		assertThat(tasks(10, 1).reasons()).containsExactly(reason("tasks-overdue", Light.YELLOW, 1, 10L));
		assertThat(tasks(10, 3).reasons()).containsExactly(reason("tasks-overdue", Light.RED, 3, 30L));
		assertThat(tasks(11, 3).light()).isEqualTo(Light.YELLOW);
		assertThat(tasks(3, 2).reasons()).containsExactly(reason("tasks-overdue", Light.YELLOW, 2, 66L));
	}

	@Test
	void budgetBurnIsYellowFromEightyPercentAndRedFromAHundred() {
		assertThat(budget("100000.00", "79999.99").light()).isEqualTo(Light.GREEN);
		assertThat(budget("100000.00", "80000.00").reasons()).containsExactly(reason("budget-burn", Light.YELLOW, 80L));
		assertThat(budget("100000.00", "99999.99").reasons()).containsExactly(reason("budget-burn", Light.YELLOW, 99L));
		assertThat(budget("100000.00", "100000.00").reasons()).containsExactly(reason("budget-burn", Light.RED, 100L));
		assertThat(budget("0.00", "500.00").light()).isEqualTo(Light.GREEN);
		assertThat(budget(null, "500.00").light()).isEqualTo(Light.GREEN);
	}

	@Test
	void reasonsComeWorstFirstThenGateMilestonesByDaysTasksAndBudget() {
		ProjectHealth health = HealthRules.judge(facts(TODAY.minusDays(5),
				List.of(new MilestoneFact("样机完成", TODAY.minusDays(3), null),
						new MilestoneFact("图纸发布", TODAY.minusDays(20), null),
						new MilestoneFact("设计冻结", TODAY.minusDays(9), null)),
				20, 2, "50000.00", "46000.00"));
		assertThat(health.light()).isEqualTo(Light.RED);
		assertThat(health.reasons()).containsExactly(reason("milestone-overdue", Light.RED, "图纸发布", 20L),
				reason("gate-late", Light.YELLOW, "型式试验", 5L), reason("milestone-overdue", Light.YELLOW, "设计冻结", 9L),
				reason("milestone-overdue", Light.YELLOW, "样机完成", 3L), reason("tasks-overdue", Light.YELLOW, 2, 10L),
				reason("budget-burn", Light.YELLOW, 92L));
	}
}
