package org.hutong.projects.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hutong.projects.project.Priority;
import org.hutong.shared.Texts;

/**
 * A task as entered. Whether the phase, the assignees and the column belong to the task's project, and
 * whether due follows start, is checked by {@link TaskManagement}.
 *
 * @param assigneeIds the members it is given to (none: nobody yet)
 * @param columnId its board column; {@code null} keeps it where it is (a new task: the board's first column)
 * @param version the version edited, for optimistic locking ({@code null} when creating)
 */
public record TaskForm(
		@NotBlank(message = "{task.required}") @Size(max = 100, message = "{task.tooLong}") String title,
		@Size(max = 2000, message = "{task.tooLong}") String description,
		Long phaseId,
		List<Long> assigneeIds,
		LocalDate startDate,
		LocalDate dueDate,
		@DecimalMin(value = "0", message = "{task.hours.negative}")
		@DecimalMax(value = "99999.9", message = "{task.hours.tooHigh}")
		@Digits(integer = 5, fraction = 1, message = "{task.hours.decimals}") BigDecimal plannedHours,
		Priority priority,
		Long columnId,
		Long version) {

	public TaskForm {
		title = Texts.clean(title);
		description = Texts.clean(description);
		assigneeIds = assigneeIds == null ? null : assigneeIds.stream().filter(Objects::nonNull).distinct().toList();
	}

	/** Those it is given to, none when the form names nobody. */
	public List<Long> assignees() {
		return assigneeIds == null ? List.of() : assigneeIds;
	}

	/** 中 unless another is chosen. */
	public Priority priorityOrMedium() {
		return priority == null ? Priority.MEDIUM : priority;
	}

	/** An empty form for a new task given to {@code assigneeId} (or nobody). */
	public static TaskForm blank(Long assigneeId, Long columnId) {
		return new TaskForm(null, null, null, assigneeId == null ? List.of() : List.of(assigneeId), null, null, null,
				Priority.MEDIUM, columnId, null);
	}

	/** The form of an existing task. */
	static TaskForm of(Task task) {
		return new TaskForm(task.getTitle(), task.getDescription(), task.getPhaseId(), task.getAssigneeIds(),
				task.getStartDate(), task.getDueDate(), task.getPlannedHours(), task.getPriority(), task.getColumnId(),
				task.getVersion());
	}

	public TaskForm withVersion(Long edited) {
		return new TaskForm(title, description, phaseId, assigneeIds, startDate, dueDate, plannedHours, priority, columnId,
				edited);
	}

	/** This form with the fields a partial change gives replaced (those it leaves {@code null} stay). */
	TaskForm patchedBy(TaskForm change) {
		return new TaskForm(change.title() != null ? change.title() : title,
				change.description() != null ? change.description() : description,
				change.phaseId() != null ? change.phaseId() : phaseId, change.assigneeIds() != null ? change.assigneeIds() : assigneeIds,
				change.startDate() != null ? change.startDate() : startDate,
				change.dueDate() != null ? change.dueDate() : dueDate,
				change.plannedHours() != null ? change.plannedHours() : plannedHours,
				change.priority() != null ? change.priority() : priority,
				change.columnId() != null ? change.columnId() : columnId, change.version() != null ? change.version() : version);
	}
}
