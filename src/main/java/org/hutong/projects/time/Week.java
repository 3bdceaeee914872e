package org.hutong.projects.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;

/** An ISO week ("2026-W49"), Monday to Sunday. A malformed name falls back to the week of today. */
public record Week(LocalDate monday) {

	public static Week of(LocalDate day) {
		return new Week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
	}

	public static Week parse(String name, LocalDate today) {
		if (name == null || name.isBlank()) {
			return of(today);
		}
		try {
			return new Week(LocalDate.parse(name.strip() + "-1", DateTimeFormatter.ISO_WEEK_DATE));
		}
		catch (DateTimeParseException malformed) {
			return of(today);
		}
	}

	public LocalDate sunday() {
		return monday.plusDays(6);
	}

	public List<LocalDate> days() {
		return Stream.iterate(monday, day -> day.plusDays(1)).limit(7).toList();
	}

	public boolean contains(LocalDate day) {
		return day != null && !day.isBefore(monday) && !day.isAfter(sunday());
	}

	public Week previous() {
		return new Week(monday.minusWeeks(1));
	}

	public Week next() {
		return new Week(monday.plusWeeks(1));
	}

	/** The ISO name, e.g. 2026-W49. */
	public String name() {
		return "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}
}
