package org.hutong.approvals.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTests {

	// 2026-12-04 is a Friday, 2026-12-05/06 the weekend, 2026-12-31 a Thursday
	static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

	@Test
	void aWeekendInsideTheRangeDoesNotCount() {
		assertThat(WorkingDays.between(FRIDAY, FRIDAY.plusDays(3))).isEqualTo(2);
		assertThat(WorkingDays.between(FRIDAY, FRIDAY.plusDays(7))).isEqualTo(6);
	}

	@Test
	void aRangeOfOnlyWeekendDaysIsNoWorkingDay() {
		assertThat(WorkingDays.between(FRIDAY.plusDays(1), FRIDAY.plusDays(2))).isZero();
	}

	@Test
	void countsAcrossMonthAndYearEnds() {
		// Thu 2026-12-31 to Mon 2027-01-04: Thu, Fri, Mon (holidays are not known yet)
		assertThat(WorkingDays.between(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4))).isEqualTo(3);
		// February 2027: 28 days, four whole weeks
		assertThat(WorkingDays.between(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28))).isEqualTo(20);
		// Sat 2026-10-31 to Sun 2026-11-01: both weekend, across a month end
		assertThat(WorkingDays.between(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1))).isZero();
	}

	@Test
	void agreesWithCountingDayByDayOverAYear() {
		LocalDate start = LocalDate.of(2026, 1, 1);
		for (int length = 0; length < 400; length += 7) {
			for (int shift = 0; shift < 7; shift++) {
				LocalDate from = start.plusDays(shift);
				LocalDate to = from.plusDays(length + shift);
				long expected = from.datesUntil(to.plusDays(1)).filter(WorkingDays::isWorkingDay).count();
				assertThat(WorkingDays.between(from, to)).as("%s..%s", from, to).isEqualTo(expected);
			}
		}
	}

	@Test
	void anEndBeforeTheStartIsNoDays() {
		assertThat(WorkingDays.between(FRIDAY, FRIDAY.minusDays(1))).isZero();
	}

	@Test
	void halfDaysCountHalf() {
		LocalDate monday = FRIDAY.plusDays(3);
		assertThat(WorkingDays.between(monday, HalfDay.AM, monday, HalfDay.PM)).isEqualByComparingTo("1");
		assertThat(WorkingDays.between(monday, HalfDay.AM, monday, HalfDay.AM)).isEqualByComparingTo("0.5");
		assertThat(WorkingDays.between(monday, HalfDay.PM, monday, HalfDay.PM)).isEqualByComparingTo("0.5");
		// Friday afternoon to Monday morning: one working day over a weekend
		assertThat(WorkingDays.between(FRIDAY, HalfDay.PM, monday, HalfDay.AM)).isEqualByComparingTo("1");
		assertThat(WorkingDays.between(FRIDAY, HalfDay.PM, monday.plusDays(1), HalfDay.PM))
			.isEqualByComparingTo(new BigDecimal("2.5"));
	}

	@Test
	void aHalfDayOnAWeekendTakesNothingOff() {
		LocalDate saturday = FRIDAY.plusDays(1);
		assertThat(WorkingDays.between(saturday, HalfDay.PM, saturday.plusDays(2), HalfDay.AM))
			.isEqualByComparingTo("0.5");
		assertThat(WorkingDays.between(saturday, HalfDay.PM, saturday.plusDays(1), HalfDay.AM)).isEqualByComparingTo("0");
	}
}
