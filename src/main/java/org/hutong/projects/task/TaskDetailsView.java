package org.hutong.projects.task;

import java.util.List;

/**
 * What the task page shows beneath the task: its subtasks with their status and its checklist.
 *
 * @param parent the task it is a subtask of, {@code null} for a top-level task
 * @param mayEdit whether the viewer adds subtasks and checklist items; {@code mayTick} whether they tick items
 */
public record TaskDetailsView(long taskId, Sub parent, List<Sub> subtasks, List<Check> checks, boolean mayEdit,
		boolean mayTick) {

	public record Sub(long id, String title, String columnName, TaskCategory category) {
	}

	public record Check(long id, String text, boolean done) {
	}

	/** Subtasks done (cancelled ones left out of both counts). */
	public long subtasksDone() {
		return subtasks.stream().filter(s -> s.category() == TaskCategory.DONE).count();
	}

	public long subtasksCounted() {
		return subtasks.stream().filter(s -> s.category() != TaskCategory.CANCELLED).count();
	}

	public long checksDone() {
		return checks.stream().filter(Check::done).count();
	}

	/** Whether it may have subtasks of its own (one level deep). */
	public boolean mayHaveSubtasks() {
		return parent == null;
	}
}
