package org.hutong.projects.gantt;

/** A dependency to add: the successor starts after the predecessor finishes, plus the lag in days. */
public record DependencyForm(Long predecessorId, Long successorId, Integer lagDays) {
}
