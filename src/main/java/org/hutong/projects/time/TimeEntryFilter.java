package org.hutong.projects.time;

import java.time.LocalDate;

/** The time entries asked for: of a project, a task, a person, between two days (each optional). */
public record TimeEntryFilter(Long project, Long task, Long user, LocalDate from, LocalDate to) {
}
