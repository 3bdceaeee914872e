package org.hutong.projects.task;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hutong.projects.project.Priority;

/**
 * One task as its pages and the API show it.
 *
 * @param assignees who it is given to, with their names
 * @param mayEdit whether the viewer may edit it; {@code mayMove} whether they may move it
 */
public record TaskView(long id, long projectId, String projectName, String title, String description, Long phaseId,
		String phaseName, long columnId, String columnName, TaskCategory category, int position, LocalDate startDate,
		LocalDate dueDate, BigDecimal plannedHours, Priority priority, List<Person> assignees, boolean overdue,
		Instant completedAt, long version, boolean mayEdit, boolean mayMove) {

	public record Person(long id, String name) {
	}

	/** The form to edit it with. */
	public TaskForm form() {
		return new TaskForm(title, description, phaseId, assignees.stream().map(Person::id).toList(), startDate, dueDate,
				plannedHours, priority, columnId, version);
	}
}
