package org.hutong.sales.collection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How long after its trigger a term falls due: calendar days, working days or months. Months follow
 * {@link LocalDate#plusMonths}: a day the month lacks becomes its last day (31 Jan + 1 month = 28 or
 * 29 Feb), which is how a contract's "一个月内" is read.
 */
public record Offset(int amount, Unit unit) {

	public enum Unit {
		CALENDAR_DAYS, WORKING_DAYS, MONTHS
	}

	/** Due on the trigger's day. */
	public static final Offset NONE = new Offset(0, Unit.CALENDAR_DAYS);

	public Offset {
		Objects.requireNonNull(unit, "unit");
	}

	public static Offset days(int days) {
		return new Offset(days, Unit.CALENDAR_DAYS);
	}

	public static Offset workingDays(int days) {
		return new Offset(days, Unit.WORKING_DAYS);
	}

	public static Offset months(int months) {
		return new Offset(months, Unit.MONTHS);
	}

	LocalDate from(LocalDate date, WorkingDays workingDays) {
		return switch (unit) {
			case CALENDAR_DAYS -> date.plusDays(amount);
			case WORKING_DAYS -> workingDays.after(date, amount);
			case MONTHS -> date.plusMonths(amount);
		};
	}
}
