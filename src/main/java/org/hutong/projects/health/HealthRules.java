package org.hutong.projects.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 健康度: green, yellow or red, the worst any rule gives, with each rule's reason. The rules:
 * <ul>
 * <li><b>Gate</b>: the current gate past its planned date 1–{@value #GATE_RED_AFTER_DAYS} days is
 * yellow, longer red (a week is what a gate review usually waits for a last document).</li>
 * <li><b>Milestones</b>: one not reached 1–{@value #MILESTONE_RED_AFTER_DAYS} days after its date is
 * yellow, longer red. One reached more than {@value #MILESTONE_RED_AFTER_DAYS} days late stays yellow:
 * the days are lost and what follows it is squeezed; a smaller slip reached is forgotten.</li>
 * <li><b>Overdue tasks</b>: at least {@value #TASKS_YELLOW_PERCENT} % of the open tasks is yellow, at
 * least {@value #TASKS_RED_PERCENT} % red, but red needs {@value #TASKS_RED_AT_LEAST} of them, so one
 * late task in a project of three is yellow; below that share a stray late task says nothing.</li>
 * <li><b>Budget</b>: actual cost at least {@value #BUDGET_YELLOW_PERCENT} % of the budget is yellow,
 * at least {@value #BUDGET_RED_PERCENT} % red — the same warnings the budget page gives. The shown
 * percentage is rounded down, so 79.9 % never reads as 80 %.</li>
 * </ul>
 * Reasons are ordered red before yellow, and otherwise gate, milestones (most days first), tasks,
 * budget, so the first reason a phone card shows is the one to act on.
 */
public final class HealthRules {

	public static final int GATE_RED_AFTER_DAYS = 7;

	public static final int MILESTONE_RED_AFTER_DAYS = 14;

	public static final int TASKS_YELLOW_PERCENT = 10;

	public static final int TASKS_RED_PERCENT = 30;

	public static final int TASKS_RED_AT_LEAST = 3;

	public static final int BUDGET_YELLOW_PERCENT = 80;

	public static final int BUDGET_RED_PERCENT = 100;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private HealthRules() {
	}

	public static ProjectHealth judge(HealthFacts facts) {
		List<HealthReason> reasons = new ArrayList<>();
		gate(facts, reasons);
		milestones(facts, reasons);
		tasks(facts, reasons);
		budget(facts, reasons);
		reasons.sort(Comparator.comparing(HealthReason::light).reversed());
		Light light = reasons.stream().map(HealthReason::light).reduce(Light.GREEN, Light::worse);
		return new ProjectHealth(light, reasons);
	}

	private static void gate(HealthFacts facts, List<HealthReason> reasons) {
		if (facts.gatePlannedOn() == null) {
			return;
		}
		long late = ChronoUnit.DAYS.between(facts.gatePlannedOn(), facts.today());
		if (late > 0) {
			Light light = late > GATE_RED_AFTER_DAYS ? Light.RED : Light.YELLOW;
			reasons.add(HealthReason.of(light, "gate-late", facts.currentPhase(), late));
		}
	}

	private static void milestones(HealthFacts facts, List<HealthReason> reasons) {
		List<HealthReason> late = new ArrayList<>();
		for (MilestoneFact milestone : facts.milestones()) {
			HealthReason reason = milestone(milestone, facts);
			if (reason != null) {
				late.add(reason);
			}
		}
		late.sort(Comparator.comparing(reason -> (Long) reason.arguments().get(1), Comparator.reverseOrder()));
		reasons.addAll(late);
	}

	private static HealthReason milestone(MilestoneFact milestone, HealthFacts facts) {
		if (milestone.reachedOn() == null) {
			long overdue = ChronoUnit.DAYS.between(milestone.plannedOn(), facts.today());
			if (overdue <= 0) {
				return null;
			}
			Light light = overdue > MILESTONE_RED_AFTER_DAYS ? Light.RED : Light.YELLOW;
			return HealthReason.of(light, "milestone-overdue", milestone.name(), overdue);
		}
		long slipped = ChronoUnit.DAYS.between(milestone.plannedOn(), milestone.reachedOn());
		return slipped > MILESTONE_RED_AFTER_DAYS
				? HealthReason.of(Light.YELLOW, "milestone-slipped", milestone.name(), slipped) : null;
	}

	private static void tasks(HealthFacts facts, List<HealthReason> reasons) {
		if (facts.overdueTasks() == 0) {
			return;
		}
		long percent = facts.overdueTasks() * 100L / facts.openTasks();
		if (percent < TASKS_YELLOW_PERCENT) {
			return;
		}
		boolean red = percent >= TASKS_RED_PERCENT && facts.overdueTasks() >= TASKS_RED_AT_LEAST;
		reasons.add(HealthReason.of(red ? Light.RED : Light.YELLOW, "tasks-overdue", facts.overdueTasks(), percent));
	}

	private static void budget(HealthFacts facts, List<HealthReason> reasons) {
		if (facts.budget() == null || facts.budget().signum() <= 0 || facts.actual() == null) {
			return;
		}
		long percent = facts.actual().multiply(HUNDRED).divide(facts.budget(), 0, RoundingMode.FLOOR).longValueExact();
		if (percent >= BUDGET_YELLOW_PERCENT) {
			Light light = percent >= BUDGET_RED_PERCENT ? Light.RED : Light.YELLOW;
			reasons.add(HealthReason.of(light, "budget-burn", percent));
		}
	}
}
