package org.hutong.projects.time;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A time entry as entered: the task, the day, the hours, a note; {@code version} when changing one. */
public record TimeEntryForm(Long taskId, LocalDate day, BigDecimal hours, String note, Long version) {
}
