package org.hutong.projects.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A milestone's transitions with a fixed clock: reached automatically, by hand, once; its slip. */
class MilestoneTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);

	static final LocalDate DUE = LocalDate.of(2026, 12, 20);

	private static Milestone waitingFor(List<Long> tasks, List<Long> deliverables) {
		Milestone milestone = new Milestone(7, null, "样机评审", DUE, 1, CLOCK.instant());
		milestone.waitFor(tasks, deliverables);
		return milestone;
	}

	@Test
	void isReachedAutomaticallyWhenTheLastTaskIsDoneAndTheDeliverableHasAVersion() {
		Milestone milestone = waitingFor(List.of(11L, 12L), List.of(21L));

		assertThat(milestone.reachIfComplete(Set.of(11L), Set.of(21L), CLOCK.instant())).isFalse();
		assertThat(milestone.reachIfComplete(Set.of(11L, 12L), Set.of(), CLOCK.instant())).isFalse();
		assertThat(milestone.reached()).isFalse();

		assertThat(milestone.reachIfComplete(Set.of(11L, 12L, 13L), Set.of(21L), CLOCK.instant())).isTrue();
		assertThat(milestone.getStatus()).isEqualTo(MilestoneStatus.REACHED);
		assertThat(milestone.getReachedAt()).isEqualTo(CLOCK.instant());
		assertThat(milestone.getReachedBy()).isNull();
	}

	@Test
	void aReplayedCompletionDoesNotReachItTwice() {
		Milestone milestone = waitingFor(List.of(11L), List.of());
		assertThat(milestone.reachIfComplete(Set.of(11L), Set.of(), CLOCK.instant())).isTrue();

		Instant later = CLOCK.instant().plusSeconds(3600);
		assertThat(milestone.reachIfComplete(Set.of(11L), Set.of(), later)).isFalse();
		assertThat(milestone.getReachedAt()).isEqualTo(CLOCK.instant());
	}

	@Test
	void aMilestoneWaitingForNothingIsNotReachedAutomatically() {
		Milestone milestone = waitingFor(List.of(), List.of());

		assertThat(milestone.reachIfComplete(Set.of(11L), Set.of(21L), CLOCK.instant())).isFalse();
	}

	@Test
	void isReachedByHandWithANoteOnce() {
		Milestone milestone = waitingFor(List.of(11L), List.of());

		milestone.reachBy(5, "客户已现场确认样机", CLOCK.instant());

		assertThat(milestone.reached()).isTrue();
		assertThat(milestone.getReachedBy()).isEqualTo(5L);
		assertThat(milestone.getNote()).isEqualTo("客户已现场确认样机");
		assertThatThrownBy(() -> milestone.reachBy(5, "再来一次", CLOCK.instant()))
			.isInstanceOf(MilestoneAlreadyReached.class);
		assertThat(milestone.reachIfComplete(Set.of(11L), Set.of(), CLOCK.instant())).isFalse();
		assertThat(milestone.getReachedBy()).isEqualTo(5L);
	}

	@Test
	void slipsByTheDaysItsDueDayMovedFromItsBaselineDay() {
		Milestone milestone = waitingFor(List.of(), List.of());
		assertThat(milestone.slipDays()).isZero();

		milestone.change(null, "样机评审", DUE.plusDays(9));

		assertThat(milestone.getBaselineOn()).isEqualTo(DUE);
		assertThat(milestone.slipDays()).isEqualTo(9);
		milestone.change(null, "样机评审", DUE.minusDays(2));
		assertThat(milestone.slipDays()).isEqualTo(-2);
	}

	@Test
	void waitsForExactlyWhatItIsGivenLast() {
		Milestone milestone = waitingFor(List.of(11L, 12L), List.of(21L));

		milestone.waitFor(List.of(12L, 13L), List.of());

		assertThat(milestone.targets(MilestoneLink.Kind.TASK)).containsExactlyInAnyOrder(12L, 13L);
		assertThat(milestone.targets(MilestoneLink.Kind.DELIVERABLE)).isEmpty();
	}
}
