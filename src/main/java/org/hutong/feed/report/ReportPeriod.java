package org.hutong.feed.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** 日报 for a day, 周报 for a week from its Monday. */
public enum ReportPeriod {

	DAILY, WEEKLY;

	/** The first day of the period that holds {@code day}. */
	public LocalDate start(LocalDate day) {
		return this == DAILY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}
}
