package org.hutong.projects.time;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A time entry as the API shows it; no rate and no cost, ever. */
public record TimeEntryView(long id, long userId, String userName, long taskId, String taskTitle, long projectId,
		Long phaseId, LocalDate day, BigDecimal hours, String note, long version) {
}
