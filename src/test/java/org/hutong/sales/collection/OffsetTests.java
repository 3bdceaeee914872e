package org.hutong.sales.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Calendar days, working days across weekends, and months at month ends. */
class OffsetTests {

	static final WorkingDays WEEKDAYS = WorkingDays.mondayToFriday();

	static final LocalDate FRIDAY = LocalDate.of(2025, 3, 7);

	@Test
	void aFridayPlusOneWorkingDayIsTheMonday() {
		assertThat(FRIDAY.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
		assertThat(Offset.workingDays(1).from(FRIDAY, WEEKDAYS)).isEqualTo(LocalDate.of(2025, 3, 10));
		assertThat(Offset.workingDays(5).from(FRIDAY, WEEKDAYS)).isEqualTo(LocalDate.of(2025, 3, 14));
		assertThat(Offset.workingDays(2).from(FRIDAY.minusDays(1), WEEKDAYS)).as("Thursday + 2").isEqualTo(LocalDate.of(2025, 3, 10));
	}

	@Test
	void aWeekendEventCountsFromTheNextWorkingDay() {
		LocalDate saturday = FRIDAY.plusDays(1);
		assertThat(Offset.workingDays(1).from(saturday, WEEKDAYS)).isEqualTo(LocalDate.of(2025, 3, 10));
		assertThat(Offset.workingDays(0).from(saturday, WEEKDAYS)).as("no offset: the day itself").isEqualTo(saturday);
	}

	@Test
	void calendarDaysRunThroughTheWeekend() {
		assertThat(Offset.days(1).from(FRIDAY, WEEKDAYS)).isEqualTo(LocalDate.of(2025, 3, 8));
		assertThat(Offset.days(30).from(LocalDate.of(2025, 1, 31), WEEKDAYS)).isEqualTo(LocalDate.of(2025, 3, 2));
	}

	@Test
	void aMonthAfterTheThirtyFirstIsTheLastDayOfAShorterMonth() {
		assertThat(Offset.months(1).from(LocalDate.of(2025, 1, 31), WEEKDAYS)).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(Offset.months(1).from(LocalDate.of(2024, 1, 31), WEEKDAYS)).as("leap year").isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Offset.months(1).from(LocalDate.of(2025, 3, 31), WEEKDAYS)).isEqualTo(LocalDate.of(2025, 4, 30));
		assertThat(Offset.months(12).from(LocalDate.of(2024, 2, 29), WEEKDAYS)).isEqualTo(LocalDate.of(2025, 2, 28));
	}

	@Test
	void anEnterpriseCalendarPlugsInWhereTheWeekendsOnlyOneStands() {
		LocalDate holiday = LocalDate.of(2025, 3, 10);
		WorkingDays withHoliday = date -> WEEKDAYS.isWorkingDay(date) && !date.equals(holiday);
		assertThat(Offset.workingDays(1).from(FRIDAY, withHoliday)).isEqualTo(LocalDate.of(2025, 3, 11));
	}
}
