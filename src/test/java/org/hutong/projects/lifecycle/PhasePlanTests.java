package org.hutong.projects.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;

import org.hutong.projects.lifecycle.PhasePlan.Span;
import org.junit.jupiter.api.Test;

/** How a project's planned days are spread over its phases by their shares. */
class PhasePlanTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 1);

	@Test
	void spreadsTheDaysBySharesBackToBackAndEndsOnTheProjectsEnd() {
		// 100 days: 10 % · 30 % · 60 %
		List<Span> spans = PhasePlan.spread(List.of(10, 30, 60), START, START.plusDays(99));
		assertThat(spans).containsExactly(new Span(START, START.plusDays(9)),
				new Span(START.plusDays(10), START.plusDays(39)), new Span(START.plusDays(40), START.plusDays(99)));
	}

	@Test
	void theStandardTemplatesSevenPhasesCoverTheYearWithoutGapsOrOverlaps() {
		LocalDate end = LocalDate.of(2026, 12, 31);
		List<Span> spans = PhasePlan.spread(List.of(10, 10, 30, 20, 15, 10, 5), START, end);
		assertThat(spans).hasSize(7);
		assertThat(spans.get(0).start()).isEqualTo(START);
		assertThat(spans.get(6).end()).isEqualTo(end);
		for (int i = 1; i < spans.size(); i++) {
			assertThat(spans.get(i).start()).isEqualTo(spans.get(i - 1).end().plusDays(1));
			assertThat(spans.get(i).end()).isAfterOrEqualTo(spans.get(i).start());
		}
		// 设计开发 gets 30 % of 365 days
		assertThat(spans.get(2).end().toEpochDay() - spans.get(2).start().toEpochDay() + 1).isBetween(109L, 110L);
	}

	@Test
	void aShortProjectStillGivesEveryPhaseADayWhileItHasDaysEnough() {
		List<Span> spans = PhasePlan.spread(List.of(90, 5, 5), START, START.plusDays(2));
		assertThat(spans).containsExactly(new Span(START, START), new Span(START.plusDays(1), START.plusDays(1)),
				new Span(START.plusDays(2), START.plusDays(2)));
	}

	@Test
	void aOneDayProjectHasAllItsPhasesOnThatDay() {
		List<Span> spans = PhasePlan.spread(List.of(50, 50), START, START);
		assertThat(spans).containsExactly(new Span(START, START), new Span(START, START));
	}

	@Test
	void refusesAPlanEndingBeforeItStarts() {
		assertThatIllegalArgumentException().isThrownBy(() -> PhasePlan.spread(List.of(100), START, START.minusDays(1)));
	}
}
