package org.hutong.projects.task;

import java.util.List;

import org.hutong.projects.project.ProjectWork.WorkGrant;

/**
 * A project's board: its active columns in order, each with how many tasks it holds and its first cards.
 *
 * @param project the project and what the viewer may do with its work
 */
public record TaskBoardView(WorkGrant project, List<ColumnView> columns) {

	/** The columns a card may be moved to, for its status picker. */
	public List<TaskChoices.Option> targets() {
		return columns.stream().map(c -> new TaskChoices.Option(c.id(), c.name())).toList();
	}

	/**
	 * A column and a run of its cards.
	 *
	 * @param nextFrom where the next run starts ("加载更多"), {@code null} when these are the last
	 */
	public record ColumnView(long id, String name, TaskCategory category, long count, List<TaskRow> cards,
			Integer nextFrom) {
	}
}
