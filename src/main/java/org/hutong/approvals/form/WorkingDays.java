package org.hutong.approvals.form;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * 工作日: the length of a leave, Monday to Friday, a half day counting 0.5. Public holidays and
 * their 调休 weekend days are not known yet, so they count like any other day of their weekday.
 */
public final class WorkingDays {

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private WorkingDays() {
	}

	/** Weekdays from {@code start} to {@code end}, both included; none when end is before start. */
	public static long between(LocalDate start, LocalDate end) {
		if (end.isBefore(start)) {
			return 0;
		}
		long days = ChronoUnit.DAYS.between(start, end) + 1;
		long count = days / 7 * 5;
		LocalDate day = start.plusDays(days / 7 * 7);
		for (; !day.isAfter(end); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Weekdays of the range less half a day for an afternoon start and for a morning end, each only
	 * when that day is a working day; never below zero. {@code null} half days mean whole days.
	 */
	public static BigDecimal between(LocalDate start, HalfDay startHalf, LocalDate end, HalfDay endHalf) {
		BigDecimal days = BigDecimal.valueOf(between(start, end));
		if (startHalf == HalfDay.PM && isWorkingDay(start)) {
			days = days.subtract(HALF);
		}
		if (endHalf == HalfDay.AM && isWorkingDay(end)) {
			days = days.subtract(HALF);
		}
		return days.max(BigDecimal.ZERO).setScale(1);
	}

	public static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}
}
