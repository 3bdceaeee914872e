package org.hutong.projects.time;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell of the 工时表 as saved: the task and day, the hours (empty or 0 removes the cell's entry), a
 * note, and the entry the cell already is with its version (none for an empty cell).
 */
public record CellForm(Long taskId, LocalDate day, BigDecimal hours, String note, Long entryId, Long version) {
}
