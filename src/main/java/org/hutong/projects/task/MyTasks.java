package org.hutong.projects.task;

import java.util.List;

/**
 * 我的任务: one's open tasks across the projects one sees, by when they are due — overdue, today, the
 * rest of this week, later (and those without a due date).
 */
public record MyTasks(List<TaskRow> overdue, List<TaskRow> today, List<TaskRow> thisWeek, List<TaskRow> later) {

	public boolean empty() {
		return overdue.isEmpty() && today.isEmpty() && thisWeek.isEmpty() && later.isEmpty();
	}
}
