package org.hutong.projects.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The rules of one time entry, against a fixed today (2026-12-07). */
class TimeEntryRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Test
	void hoursAboveZeroAndAtMostTwentyFourWithTwoDecimals() {
		assertRefused(TODAY, "0", null, "0", "hours", "time.hours.range");
		assertRefused(TODAY, "-1", null, "0", "hours", "time.hours.range");
		assertRefused(TODAY, "24.5", null, "0", "hours", "time.hours.range");
		assertRefused(TODAY, "1.255", null, "0", "hours", "time.hours.scale");
		assertThatCode(() -> TimeEntry.check(TODAY, new BigDecimal("24"), null, TODAY, BigDecimal.ZERO)).doesNotThrowAnyException();
		assertThatCode(() -> TimeEntry.check(TODAY, new BigDecimal("0.25"), null, TODAY, BigDecimal.ZERO)).doesNotThrowAnyException();
	}

	@Test
	void aDayStillToComeIsRefusedAndTodayIsNot() {
		assertRefused(TODAY.plusDays(1), "2", null, "0", "day", "time.day.future");
		assertThatCode(() -> TimeEntry.check(TODAY, BigDecimal.ONE, null, TODAY, BigDecimal.ZERO)).doesNotThrowAnyException();
	}

	@Test
	void thePersonsDayAcrossTasksStaysWithinTwentyFourHours() {
		assertRefused(TODAY, "10.5", null, "14", "hours", "time.day.full");
		assertThatCode(() -> TimeEntry.check(TODAY, new BigDecimal("10"), null, TODAY, new BigDecimal("14")))
			.doesNotThrowAnyException();
	}

	@Test
	void aLongNoteIsRefused() {
		assertRefused(TODAY, "2", "长".repeat(201), "0", "note", "time.note.long");
	}

	@Test
	void aWeekIsReadByItsIsoName() {
		Week week = Week.parse("2026-W50", TODAY);
		assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(week.name()).isEqualTo("2026-W50");
		assertThat(Week.parse("not a week", TODAY)).isEqualTo(Week.of(TODAY));
		assertThat(Week.of(LocalDate.of(2027, 1, 1)).name()).isEqualTo("2026-W53");
	}

	private static void assertRefused(LocalDate day, String hours, String note, String others, String field, String code) {
		assertThatThrownBy(() -> TimeEntry.check(day, new BigDecimal(hours), note, TODAY, new BigDecimal(others)))
			.isInstanceOfSatisfying(TimeRefused.class, refused -> {
				assertThat(refused.field()).isEqualTo(field);
				assertThat(refused.code()).isEqualTo(code);
			});
	}
}
