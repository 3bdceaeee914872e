package org.hutong.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The ranges a date filter offers as one tap — 今天 · 本周 · 本月 · 本季度 · 近 30 天 — counted from
 * the enterprise's today ({@link PageTools#today()}); {@code components/filter-dates.jte} shows them.
 * A week starts on Monday, as in China.
 */
public final class DatePresets {

	/** One preset: its message key suffix ({@code list.date.preset.<key>}) and its first and last day. */
	public record Preset(String key, LocalDate from, LocalDate to) {

		/** Whether this preset is the range chosen. */
		public boolean chosen(LocalDate chosenFrom, LocalDate chosenTo) {
			return from.equals(chosenFrom) && to.equals(chosenTo);
		}
	}

	private DatePresets() {
	}

	public static List<Preset> of(LocalDate today) {
		LocalDate quarter = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
		return List.of(new Preset("today", today, today),
				new Preset("week", today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
						today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))),
				new Preset("month", today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth())),
				new Preset("quarter", quarter, quarter.plusMonths(3).minusDays(1)),
				new Preset("days30", today.minusDays(29), today));
	}
}
