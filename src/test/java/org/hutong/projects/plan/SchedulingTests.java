package org.hutong.projects.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hutong.projects.plan.Dependency.finishToStart;
import static org.hutong.projects.plan.PlanItem.floatingTask;
import static org.hutong.projects.plan.PlanItem.milestone;
import static org.hutong.projects.plan.PlanItem.phase;
import static org.hutong.projects.plan.PlanItem.task;

import java.time.LocalDate;
import java.util.List;

import org.hutong.projects.plan.PlanRefusal.Code;
import org.junit.jupiter.api.Test;

class SchedulingTests {

	static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

	static LocalDate day(int n) {
		return MONDAY.plusDays(n);
	}

	static Schedule scheduled(List<PlanItem> items, List<Dependency> dependencies) {
		ScheduleResult result = Scheduling.schedule(new Plan(MONDAY, items, dependencies));
		assertThat(result.refusals()).isEmpty();
		return result.schedule();
	}

	static List<PlanRefusal> refused(List<PlanItem> items, List<Dependency> dependencies) {
		ScheduleResult result = Scheduling.schedule(new Plan(MONDAY, items, dependencies));
		assertThat(result.refused()).isTrue();
		assertThat(result.schedule()).isNull();
		return result.refusals();
	}

	/** 方案 (3 days) → 硬件 and 软件 in parallel → 联调 (2 days); 硬件 lasts as given. */
	static Schedule diamond(int hardwareDays) {
		return scheduled(
				List.of(task("spec", "方案", null, day(0), day(2)), floatingTask("hw", "硬件", null, hardwareDays),
						floatingTask("sw", "软件", null, 5), floatingTask("int", "联调", null, 2)),
				List.of(finishToStart("spec", "hw"), finishToStart("spec", "sw"), finishToStart("hw", "int"),
						finishToStart("sw", "int")));
	}

	@Test
	void placesFloatingItemsRightAfterTheirPredecessorsFinish() {
		Schedule schedule = diamond(5);
		ScheduledItem integration = schedule.item("int").orElseThrow();
		assertThat(schedule.item("hw").orElseThrow().earlyStart()).isEqualTo(day(3));
		assertThat(schedule.item("hw").orElseThrow().earlyFinish()).isEqualTo(day(7));
		assertThat(integration.earlyStart()).isEqualTo(day(8));
		assertThat(integration.earlyFinish()).isEqualTo(day(9));
		assertThat(schedule.projectFinish()).isEqualTo(day(9));
	}

	@Test
	void aDiamondWithTwoEquallyLongRoutesHasTwoCriticalChains() {
		Schedule schedule = diamond(5);
		assertThat(schedule.criticalPath()).containsExactly(List.of("spec", "hw", "int"), List.of("spec", "sw", "int"));
		assertThat(schedule.criticalItemIds()).containsExactly("spec", "hw", "sw", "int");
		assertThat(schedule.items()).allSatisfy(item -> assertThat(item.totalFloatDays()).isZero());
	}

	@Test
	void theShorterRouteOfADiamondHasFloatAndIsNotCritical() {
		Schedule schedule = diamond(3);
		ScheduledItem hardware = schedule.item("hw").orElseThrow();
		assertThat(hardware.totalFloatDays()).isEqualTo(2);
		assertThat(hardware.critical()).isFalse();
		assertThat(hardware.lateStart()).isEqualTo(day(5));
		assertThat(hardware.lateFinish()).isEqualTo(day(7));
		assertThat(schedule.criticalPath()).containsExactly(List.of("spec", "sw", "int"));
	}

	@Test
	void aPositiveLagWaitsThatManyDaysAfterThePredecessorFinishes() {
		Schedule schedule = scheduled(List.of(task("cast", "浇注", null, day(0), day(1)), floatingTask("test", "试验", null, 1)),
				List.of(new Dependency("cast", "test", 3)));
		assertThat(schedule.item("test").orElseThrow().earlyStart()).isEqualTo(day(5));
		assertThat(schedule.criticalPath()).containsExactly(List.of("cast", "test"));
	}

	@Test
	void aNegativeLagOverlapsThePredecessorAndKeepsItCritical() {
		Schedule schedule = scheduled(
				List.of(task("draw", "图纸", null, day(0), day(4)), floatingTask("buy", "采购", null, 1)),
				List.of(new Dependency("draw", "buy", -2)));
		ScheduledItem purchase = schedule.item("buy").orElseThrow();
		assertThat(purchase.earlyStart()).isEqualTo(day(3));
		assertThat(purchase.totalFloatDays()).isEqualTo(1);
		assertThat(schedule.item("draw").orElseThrow().critical()).isTrue();
		assertThat(schedule.projectFinish()).isEqualTo(day(4));
	}

	@Test
	void aLeadMayReachBackToThePredecessorsStartButNoFurther() {
		List<PlanItem> items = List.of(task("draw", "图纸", null, day(0), day(4)), floatingTask("buy", "采购", null, 1));
		assertThat(scheduled(items, List.of(new Dependency("draw", "buy", -5))).item("buy").orElseThrow().earlyStart())
			.isEqualTo(day(0));
		PlanRefusal refusal = refused(items, List.of(new Dependency("draw", "buy", -6))).get(0);
		assertThat(refusal.code()).isEqualTo(Code.LAG_TOO_NEGATIVE);
		assertThat(refusal.arguments()).containsExactly("图纸", "采购", -6, 5L);
	}

	@Test
	void namesTheItemsOfACycleInDependencyOrder() {
		List<PlanItem> items = List.of(floatingTask("a", "样机", null, 1), floatingTask("b", "试验", null, 1),
				floatingTask("c", "整改", null, 1), floatingTask("d", "验收", null, 1));
		List<PlanRefusal> refusals = refused(items, List.of(finishToStart("c", "b"), finishToStart("b", "d"),
				finishToStart("a", "b"), finishToStart("d", "c")));
		assertThat(refusals).hasSize(1);
		assertThat(refusals.get(0).code()).isEqualTo(Code.CYCLE);
		assertThat(refusals.get(0).itemIds()).containsExactly("b", "d", "c");
		assertThat(refusals.get(0).arguments()).containsExactly("试验 → 验收 → 整改 → 试验");
	}

	@Test
	void refusesAFixedStartBeforeThePredecessorFinishesPlusLag() {
		List<PlanRefusal> refusals = refused(
				List.of(task("build", "样机试制", null, day(0), day(9)), milestone("ready", "样机完成", day(10)),
						task("type", "型式试验", null, day(11), day(20))),
				List.of(finishToStart("build", "ready"), new Dependency("ready", "type", 2)));
		assertThat(refusals).singleElement().satisfies(refusal -> {
			assertThat(refusal.code()).isEqualTo(Code.STARTS_BEFORE_PREDECESSOR);
			assertThat(refusal.itemIds()).containsExactly("type", "ready");
			assertThat(refusal.arguments()).containsExactly("型式试验", "样机完成", day(11), day(12));
		});
	}

	@Test
	void aDoneItemsDatesAreWhatHappenedAndItIsNeverCritical() {
		Schedule schedule = scheduled(
				List.of(task("build", "样机试制", null, day(0), day(9)),
						task("type", "型式试验", null, day(5), day(20)).asDone(), floatingTask("report", "报告", null, 3)),
				List.of(finishToStart("build", "type"), finishToStart("type", "report")));
		assertThat(schedule.item("type").orElseThrow().critical()).isFalse();
		assertThat(schedule.item("build").orElseThrow().totalFloatDays()).isEqualTo(14);
		assertThat(schedule.criticalPath()).containsExactly(List.of("report"));
	}

	@Test
	void refusesATaskOutsideItsPhase() {
		List<PlanRefusal> refusals = refused(
				List.of(phase("design", "设计开发", day(5), day(14)), task("early", "提前绘图", "design", day(3), day(6)),
						task("late", "软件", "design", day(10), day(15))),
				List.of());
		assertThat(refusals).extracting(PlanRefusal::code)
			.containsExactly(Code.TASK_STARTS_BEFORE_PHASE, Code.TASK_ENDS_AFTER_PHASE);
		assertThat(refusals.get(0).arguments()).containsExactly("提前绘图", "设计开发", day(3), day(5));
		assertThat(refusals.get(1).arguments()).containsExactly("软件", "设计开发", day(15), day(14));
	}

	@Test
	void aFloatingTaskStartsNoEarlierThanItsPhaseAndIsRefusedWhenPushedPastItsEnd() {
		List<PlanItem> items = List.of(phase("design", "设计开发", day(5), day(14)),
				floatingTask("pcb", "PCB", "design", 4), task("parts", "选型", null, day(0), day(7)));
		assertThat(scheduled(items, List.of()).item("pcb").orElseThrow().earlyStart()).isEqualTo(day(5));
		assertThat(scheduled(items, List.of(new Dependency("parts", "pcb", 3))).item("pcb").orElseThrow().earlyFinish())
			.isEqualTo(day(14));
		PlanRefusal refusal = refused(items, List.of(new Dependency("parts", "pcb", 4))).get(0);
		assertThat(refusal.code()).isEqualTo(Code.TASK_ENDS_AFTER_PHASE);
		assertThat(refusal.arguments()).containsExactly("PCB", "设计开发", day(15), day(14));
	}

	@Test
	void refusesUnknownIdsSelfDependenciesAndItemsWithoutDuration() {
		List<PlanRefusal> refusals = refused(
				List.of(floatingTask("a", "甲", "nowhere", 1), new PlanItem("b", ItemKind.TASK, "乙", null, null, null, null, false),
						floatingTask("a", "甲二", null, 1)),
				List.of(finishToStart("a", "ghost"), finishToStart("a", "a")));
		assertThat(refusals).extracting(PlanRefusal::code).containsExactly(Code.DUPLICATE_ITEM);
		refusals = refused(
				List.of(floatingTask("a", "甲", "nowhere", 1), new PlanItem("b", ItemKind.TASK, "乙", null, null, null, null, false),
						task("c", "丙", "b", day(2), day(1))),
				List.of(finishToStart("a", "ghost"), finishToStart("a", "a")));
		assertThat(refusals).extracting(PlanRefusal::code)
			.containsExactly(Code.NO_DURATION, Code.END_BEFORE_START, Code.UNKNOWN_PHASE, Code.NOT_A_PHASE,
					Code.UNKNOWN_ITEM, Code.SELF_DEPENDENCY);
		assertThat(refusals.get(4).itemIds()).containsExactly("ghost");
	}

	@Test
	void aMilestoneWithoutDateIsReachedWhenItsPredecessorsFinish() {
		Schedule schedule = scheduled(List.of(task("a", "甲", null, day(0), day(3)), milestone("m", "完成", null)),
				List.of(finishToStart("a", "m")));
		ScheduledItem reached = schedule.item("m").orElseThrow();
		assertThat(reached.earlyStart()).isEqualTo(day(4)).isEqualTo(reached.earlyFinish());
		assertThat(schedule.projectFinish()).isEqualTo(day(4));
		assertThat(schedule.criticalPath()).containsExactly(List.of("a", "m"));
	}
}
