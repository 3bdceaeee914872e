package org.hutong.projects.task;

/**
 * A project's task list narrowed by column (status), category, assignee and phase, newest first; the
 * cursor {@code before} is the last id of the page before.
 */
public record TaskFilter(Long column, TaskCategory category, Long assignee, Long phase, Long before) {

	public static TaskFilter all() {
		return new TaskFilter(null, null, null, null, null);
	}

	public TaskFilter after(long lastId) {
		return new TaskFilter(column, category, assignee, phase, lastId);
	}
}
