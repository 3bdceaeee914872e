package org.hutong.sales.collection;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which days count as working days for "N 个工作日" offsets. Today that is Monday to Friday; an
 * enterprise's holiday list (春节, 国庆, and the Saturdays worked in exchange) will be another
 * implementation of this one question, so nothing else here needs to change.
 */
@FunctionalInterface
public interface WorkingDays {

	boolean isWorkingDay(LocalDate date);

	/**
	 * The date {@code days} working days after {@code date}: a Friday plus one is the Monday. Zero
	 * days is the date itself, even on a weekend, because the event did happen that day.
	 */
	default LocalDate after(LocalDate date, int days) {
		LocalDate day = date;
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/** Weekends off, no holidays: the calendar until an enterprise keeps its own. */
	static WorkingDays mondayToFriday() {
		return date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}
}
