package org.hutong.projects.task;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hutong.projects.project.ProjectWork.WorkGrant;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a task form may name within its project: one of the project's phases, people who work on the
 * project (or are on the task already), an active column of its board. Refusals go on
 * {@code phaseId}, {@code assigneeIds} and {@code columnId}.
 */
@Component
class TaskChecks {

	private final EntityManager entityManager;

	private final TaskColumnRepository columns;

	TaskChecks(EntityManager entityManager, TaskColumnRepository columns) {
		this.entityManager = entityManager;
		this.columns = columns;
	}

	void check(WorkGrant grant, TaskForm form, TaskColumn column, Set<Long> alreadyOn, Errors errors) {
		if (form.phaseId() != null && !phases(grant.projectId()).contains(form.phaseId())) {
			errors.rejectValue("phaseId", "task.phase.unknown");
		}
		if (form.assignees().stream().anyMatch(id -> !grant.works(id) && !alreadyOn.contains(id))) {
			errors.rejectValue("assigneeIds", "task.assignee.notMember");
		}
		if (column == null || !column.isActive() || column.getProjectId() != grant.projectId()) {
			errors.rejectValue("columnId", "task.column.unknown");
		}
	}

	/** The board's first active column, or {@code null} when it has none. */
	Long firstColumn(long projectId) {
		return columns.findByProjectIdOrderByPosition(projectId).stream().filter(TaskColumn::isActive).findFirst()
			.map(TaskColumn::getId).orElse(null);
	}

	/** The ids of the project's phases. */
	List<Long> phases(long projectId) {
		return entityManager.createQuery("select p.id from Phase p where p.projectId = :projectId", Long.class)
			.setParameter("projectId", projectId).getResultList();
	}
}
