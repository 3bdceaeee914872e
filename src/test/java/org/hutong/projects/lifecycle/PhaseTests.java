package org.hutong.projects.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A project's copy of a template phase, with a fixed clock: what it copies, the slip against the plan
 * and when its gate is late.
 */
class PhaseTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** 2026-03-10 in Shanghai. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), SHANGHAI);

	private static final LocalDate TODAY = LocalDate.now(CLOCK);

	@Test
	void copiesTheTemplatePhasesDeliverablesGatekeepersAndCriteria() {
		Phase phase = phase(TODAY.minusDays(20), TODAY.plusDays(10));
		assertThat(phase.getName()).isEqualTo("方案评审");
		assertThat(phase.getStatus()).isEqualTo(PhaseStatus.PLANNED);
		assertThat(phase.getDeliverables()).extracting(PhaseDeliverable::getName).containsExactly("设计方案");
		assertThat(phase.getGatekeepers()).extracting(PhaseGatekeeper::getUserId).containsExactly(7L);
		assertThat(phase.getGatekeeperRoleId()).isEqualTo(3L);
		assertThat(phase.getCriteria()).extracting(PhaseCriterion::getKind, PhaseCriterion::getLabel, PhaseCriterion::getWeight)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(CriterionKind.MUST, "方案满足技术规范", null),
					org.assertj.core.groups.Tuple.tuple(CriterionKind.SHOULD, "成本可控", 3));
	}

	@Test
	void theCurrentPhaseSlipsAndItsGateIsLateOnlyOnceItsPlannedEndHasPassed() {
		Phase onTime = phase(TODAY.minusDays(20), TODAY);
		onTime.enter(TODAY.minusDays(20));
		assertThat(onTime.gateLate(TODAY)).isFalse();
		assertThat(onTime.slipDays(TODAY)).isZero();

		Phase late = phase(TODAY.minusDays(30), TODAY.minusDays(5));
		late.enter(TODAY.minusDays(28));
		assertThat(late.gateLate(TODAY)).isTrue();
		assertThat(late.slipDays(TODAY)).isEqualTo(5);
	}

	@Test
	void aDonePhaseSlipsByItsActualEndAndItsGateIsNeverLate() {
		Phase behind = phase(TODAY.minusDays(40), TODAY.minusDays(20));
		behind.enter(TODAY.minusDays(40));
		behind.complete(TODAY.minusDays(12));
		assertThat(behind.getStatus()).isEqualTo(PhaseStatus.DONE);
		assertThat(behind.slipDays(TODAY)).isEqualTo(8);
		assertThat(behind.gateLate(TODAY)).isFalse();

		Phase ahead = phase(TODAY.minusDays(40), TODAY.minusDays(20));
		ahead.enter(TODAY.minusDays(40));
		ahead.complete(TODAY.minusDays(23));
		assertThat(ahead.slipDays(TODAY)).isEqualTo(-3);
	}

	@Test
	void aPhaseNotYetEnteredSlipsOnceItsPlannedStartHasPassedAndItsGateIsLateAfterItsEnd() {
		Phase waiting = phase(TODAY.minusDays(4), TODAY.plusDays(10));
		assertThat(waiting.slipDays(TODAY)).isEqualTo(4);
		assertThat(waiting.gateLate(TODAY)).isFalse();
		assertThat(phase(TODAY.plusDays(1), TODAY.plusDays(10)).slipDays(TODAY)).isZero();
		assertThat(phase(TODAY.minusDays(10), TODAY.minusDays(1)).gateLate(TODAY)).isTrue();
	}

	@Test
	void onlyTheCurrentPhaseCompletesAndAPhaseIsEnteredOnce() {
		Phase phase = phase(TODAY, TODAY.plusDays(3));
		assertThatIllegalStateException().isThrownBy(() -> phase.complete(TODAY));
		phase.enter(TODAY);
		assertThatIllegalStateException().isThrownBy(() -> phase.enter(TODAY));
	}

	@Test
	void theBarPlacesPlannedAndActualSpansOnOneAxisAndMarksTheLateGate() {
		Phase first = phase(TODAY.minusDays(29), TODAY.minusDays(20));
		first.enter(TODAY.minusDays(29));
		first.complete(TODAY.minusDays(15));
		LifecycleTemplate template = new LifecycleTemplate("LIGHT", "简化流程", null, 2, CLOCK.instant());
		template.addPhase("立项", 50, null);
		Phase second = Phase.copyOf(template.addPhase("设计开发", 50, null), 42, TODAY.minusDays(19), TODAY.minusDays(10));
		second.enter(TODAY.minusDays(15));
		PhaseBar bar = PhaseBar.of(List.of(first, second), TODAY);
		assertThat(bar.from()).isEqualTo(TODAY.minusDays(29));
		assertThat(bar.to()).isEqualTo(TODAY);
		PhaseBar.Line done = bar.phases().get(0);
		assertThat(done.plannedLeft()).isZero();
		assertThat(done.plannedWidth()).isEqualTo(33.3);
		assertThat(done.actualWidth()).isEqualTo(50.0);
		assertThat(done.slipDays()).isEqualTo(5);
		assertThat(done.gateLate()).isFalse();
		PhaseBar.Line current = bar.current();
		assertThat(current.position()).isEqualTo(2);
		assertThat(current.gateLate()).isTrue();
		assertThat(current.slipDays()).isEqualTo(10);
		assertThat(current.actualLeft()).isEqualTo(46.7);
		assertThat(current.actualWidth()).isEqualTo(53.3);
	}

	/** 方案评审 of a template, copied into project 42 over these days. */
	private static Phase phase(LocalDate start, LocalDate end) {
		LifecycleTemplate template = new LifecycleTemplate("STANDARD", "标准研发流程", null, 1, CLOCK.instant());
		TemplatePhase source = template.addPhase("方案评审", 10, 3L).requires("设计方案").must("方案满足技术规范")
			.should("成本可控", 3).gatekeeper(7L);
		return Phase.copyOf(source, 42, start, end);
	}
}
