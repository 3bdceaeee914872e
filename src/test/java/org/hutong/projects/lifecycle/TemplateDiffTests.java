package org.hutong.projects.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.projects.lifecycle.TemplateDiff.Change;
import org.hutong.projects.lifecycle.TemplateDiff.Criterion;
import org.hutong.projects.lifecycle.TemplateDiff.Held;
import org.hutong.projects.lifecycle.TemplateDiff.PhaseChange;
import org.hutong.projects.lifecycle.TemplateDiff.Plan;
import org.hutong.projects.lifecycle.TemplateDiff.Wanted;
import org.junit.jupiter.api.Test;

/**
 * What applying a template would change in a project, from plain values: done phases stay, the
 * current one takes only deliverables, later ones are renamed, changed, added, removed and reordered;
 * a removed phase with work refuses the project; a phase added before the current one is left out.
 */
class TemplateDiffTests {

	private static final Criterion MUST = new Criterion(CriterionKind.MUST, "资料齐全", null);

	/** A project three phases long, in its second: 立项 done, 设计 current, 验收 not yet entered. */
	private static final List<Held> PROJECT = List.of(
			held(1, 11L, "立项", PhaseStatus.DONE, "立项报告"),
			held(2, 12L, "设计", PhaseStatus.ACTIVE, "图纸"),
			held(3, 13L, "验收", PhaseStatus.PLANNED, "验收报告"));

	private static final List<Wanted> SAME = List.of(
			wanted(11, "立项", "立项报告"), wanted(12, "设计", "图纸"), wanted(13, "验收", "验收报告"));

	@Test
	void anUnchangedTemplateChangesNothing() {
		Plan plan = TemplateDiff.between(PROJECT, SAME, Map.of());
		assertThat(plan.changes()).isEmpty();
		assertThat(plan.changesAnything()).isFalse();
		assertThat(plan.refused()).isFalse();
		assertThat(plan.future()).extracting(TemplateDiff.Next::phaseId).containsExactly(3L);
	}

	@Test
	void aLaterPhaseIsRenamedAndTakesANewDeliverableAndCriterion() {
		Wanted changed = new Wanted(13, "用户验收", 10, List.of("验收报告", "用户意见"), List.of(MUST, new Criterion(
				CriterionKind.SHOULD, "满意度", 3)), null, Set.of(7L));
		Plan plan = TemplateDiff.between(PROJECT, List.of(SAME.get(0), SAME.get(1), changed), Map.of());
		assertThat(plan.changes()).singleElement().satisfies(c -> {
			assertThat(c.change()).isEqualTo(Change.RENAMED);
			assertThat(c.name()).isEqualTo("验收");
			assertThat(c.newName()).isEqualTo("用户验收");
			assertThat(c.deliverablesAdded()).containsExactly("用户意见");
			assertThat(c.criteriaAdded()).containsExactly("满意度 ×3");
			assertThat(c.gatekeepersChanged()).isTrue();
		});
		assertThat(plan.changesAnything()).isTrue();
		assertThat(plan.reordered()).isFalse();
	}

	@Test
	void aDonePhaseStaysAsItIsWhateverTheTemplateSays() {
		Plan plan = TemplateDiff.between(PROJECT, List.of(wanted(11, "立项（新）", "立项报告", "可研报告"), SAME.get(1),
				SAME.get(2)), Map.of());
		assertThat(plan.changes()).singleElement().satisfies(c -> {
			assertThat(c.change()).isEqualTo(Change.KEPT_DONE);
			assertThat(c.deliverablesAdded()).isEmpty();
		});
		assertThat(plan.changesAnything()).isFalse();
	}

	@Test
	void theCurrentPhaseTakesOnlyItsDeliverablesAndKeepsItsNameAndGate() {
		Wanted current = new Wanted(12, "设计开发", 30, List.of("图纸", "试验大纲"), List.of(MUST), null, Set.of());
		Plan plan = TemplateDiff.between(PROJECT, List.of(SAME.get(0), current, SAME.get(2)), Map.of());
		PhaseChange change = plan.changes().get(0);
		assertThat(change.change()).isEqualTo(Change.KEPT_CURRENT);
		assertThat(change.deliverablesAdded()).containsExactly("试验大纲");
		assertThat(plan.changesAnything()).isTrue();

		Plan onlyDeliverables = TemplateDiff.between(PROJECT, List.of(SAME.get(0), wanted(12, "设计", "图纸", "试验大纲"),
				SAME.get(2)), Map.of());
		assertThat(onlyDeliverables.changes()).singleElement().extracting(PhaseChange::change).isEqualTo(Change.CHANGED);
	}

	@Test
	void aPhaseAddedAfterTheCurrentOneComesInItsPlaceAndOneBeforeItIsLeftOut() {
		Plan plan = TemplateDiff.between(PROJECT, List.of(wanted(20, "预研"), SAME.get(0), SAME.get(1), wanted(21, "试验"),
				SAME.get(2)), Map.of());
		assertThat(plan.changes()).extracting(PhaseChange::change, PhaseChange::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Change.SKIPPED_PAST, "预研"),
					org.assertj.core.groups.Tuple.tuple(Change.ADDED, "试验"));
		assertThat(plan.future()).extracting(n -> n.wanted().name()).containsExactly("试验", "验收");
		assertThat(plan.future().get(0).phaseId()).isNull();
	}

	@Test
	void removingALaterPhaseWithoutWorkGoesAheadAndWithWorkRefusesTheProject() {
		List<Wanted> without = List.of(SAME.get(0), SAME.get(1));
		Plan free = TemplateDiff.between(PROJECT, without, Map.of());
		assertThat(free.refused()).isFalse();
		assertThat(free.changes()).singleElement().extracting(PhaseChange::change).isEqualTo(Change.REMOVED);
		assertThat(free.future()).isEmpty();

		Plan busy = TemplateDiff.between(PROJECT, without, Map.of(3L, PhaseWork.TASKS));
		assertThat(busy.refused()).isTrue();
		assertThat(busy.refusedPhase()).isEqualTo("验收");
		assertThat(busy.refusal()).isEqualTo(PhaseWork.TASKS);
	}

	@Test
	void theCurrentPhaseIsNeverRemovedEvenWhenTheTemplateDropsIt() {
		Plan plan = TemplateDiff.between(PROJECT, List.of(SAME.get(0), SAME.get(2)), Map.of(2L, PhaseWork.TASKS));
		assertThat(plan.refused()).isFalse();
		assertThat(plan.changes()).singleElement().extracting(PhaseChange::change).isEqualTo(Change.KEPT_CURRENT);
	}

	@Test
	void laterPhasesSwappedAreReorderedAndAPhaseWithoutItsTemplateIdIsKnownByName() {
		List<Held> longer = List.of(PROJECT.get(0), PROJECT.get(1), held(3, null, "样机", PhaseStatus.PLANNED),
				held(4, 14L, "验收", PhaseStatus.PLANNED, "验收报告"));
		Plan plan = TemplateDiff.between(longer, List.of(SAME.get(0), SAME.get(1), wanted(14, "验收", "验收报告"),
				wanted(30, "样机")), Map.of());
		assertThat(plan.reordered()).isTrue();
		assertThat(plan.changes()).isEmpty();
		assertThat(plan.changesAnything()).isTrue();
		assertThat(plan.future()).extracting(TemplateDiff.Next::phaseId).containsExactly(4L, 3L);
	}

	private static Held held(long id, Long templatePhase, String name, PhaseStatus status, String... deliverables) {
		return new Held(id, templatePhase, name, status, List.of(deliverables), List.of(MUST), null, Set.of());
	}

	private static Wanted wanted(long templatePhase, String name, String... deliverables) {
		return new Wanted(templatePhase, name, 10, List.of(deliverables), List.of(MUST), null, Set.of());
	}
}
