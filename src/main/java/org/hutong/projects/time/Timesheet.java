package org.hutong.projects.time;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 工时表 of one person and week: the tasks they work on (open ones given to them and those they logged
 * on this week) × the seven days, with the totals of each day, each task and the week.
 *
 * @param day the day the phone view shows (today when in the week, else Monday)
 * @param next the next week, or null when it would start after today
 */
public record Timesheet(Week week, LocalDate day, LocalDate today, List<DayTotal> days, List<Row> rows,
		BigDecimal total, Week next) {

	/** One day's column: its total and whether hours may still be logged for it (not in the future). */
	public record DayTotal(LocalDate day, BigDecimal hours, boolean open) {
	}

	/** One task's line. */
	public record Row(long taskId, String taskTitle, long projectId, String projectName, BigDecimal plannedHours,
			List<Cell> cells, BigDecimal total) {

		public Cell on(LocalDate day) {
			return cells.stream().filter(cell -> cell.day().equals(day)).findFirst().orElseThrow();
		}
	}

	/**
	 * One task on one day: its hours (null: none), the single entry they are (changed in place; null when
	 * none or several) and whether the cell can be edited here — not with several entries, not in the future.
	 */
	public record Cell(LocalDate day, BigDecimal hours, Long entryId, Long version, String note, int entries,
			boolean editable) {
	}

	public boolean empty() {
		return rows.isEmpty();
	}

	public DayTotal dayTotal(LocalDate of) {
		return days.stream().filter(d -> d.day().equals(of)).findFirst().orElseThrow();
	}
}
