package org.hutong.projects.task;

import java.time.LocalDate;

import org.hutong.projects.project.Priority;

/**
 * A task in a list, on a board card or in 我的任务: what, where, for whom, by when.
 *
 * @param checklist its checklist's progress ("3/4"), {@code null} when it has none
 */
public record TaskRow(long id, long projectId, String projectName, String title, long columnId, String columnName,
		TaskCategory category, int position, LocalDate dueDate, boolean overdue, Priority priority, String assignees,
		String phaseName, long version, boolean mayMove, String checklist) {
}
