package org.hutong.projects.task;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.TaskAssigned;
import org.hutong.projects.TaskCompleted;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.projects.project.ProjectWork;
import org.hutong.projects.project.ProjectWork.WorkGrant;
import org.hutong.web.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creating, editing and moving tasks. Who works on the project (its manager, members other than
 * observers) creates and edits; an assignee may also move their own task. A task and then the columns
 * it leaves and enters are locked before anything reads them, so cards take their places one after
 * another. Refusals go on the form's fields; a stale version is a conflict. New assignees hear
 * {@link TaskAssigned}; a task reaching a done column, {@link TaskCompleted}.
 */
@Service
@Transactional
@PreAuthorize(ProjectPermissions.MAY_READ)
public class TaskManagement {

	private final TaskRepository tasks;

	private final TaskColumnRepository columns;

	private final ProjectWork work;

	private final TaskChecks checks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TaskManagement(TaskRepository tasks, TaskColumnRepository columns, ProjectWork work, TaskChecks checks,
			ApplicationEventPublisher events, Clock clock) {
		this.tasks = tasks;
		this.columns = columns;
		this.work = work;
		this.checks = checks;
		this.events = events;
		this.clock = clock;
	}

	/** A new task at the end of its column (the board's first unless the form names one); its id, or {@code null} when refused. */
	public Long create(SignedInUser actor, long projectId, TaskForm form, Errors errors) {
		WorkGrant grant = work.grant(actor, projectId);
		if (!grant.mayWork()) {
			throw new AccessDeniedException("project work is read-only for this user");
		}
		Long columnId = form.columnId() != null ? form.columnId() : checks.firstColumn(projectId);
		TaskColumn column = columnId == null ? null : columns.lockById(columnId).orElse(null);
		checks.check(grant, form, column, Set.of(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		Task task = new Task(projectId, column, tasks.endOf(column.getId()), actor.userId(), clock.instant());
		if (!describe(task, form, errors)) {
			return null;
		}
		Set<Long> added = task.assign(form.assignees(), clock.instant());
		tasks.save(task);
		announce(actor, grant, task, added, task.getCategory() == TaskCategory.DONE);
		return task.getId();
	}

	/** Changes the task as the form says, moving it to the end of another column when the form names one. */
	public void update(SignedInUser actor, long taskId, TaskForm form, Errors errors) {
		Task task = tasks.lockById(taskId).orElseThrow(RecordNotFound::new);
		WorkGrant grant = work.grant(actor, task.getProjectId());
		if (!grant.mayWork()) {
			throw new AccessDeniedException("project work is read-only for this user");
		}
		fresh(task, form.version());
		boolean moves = form.columnId() != null && form.columnId() != task.getColumnId();
		List<TaskColumn> locked = moves ? lock(task.getColumnId(), form.columnId()) : List.of();
		TaskColumn target = moves ? locked.stream().filter(c -> c.getId().equals(form.columnId())).findFirst().orElse(null)
				: columns.findById(task.getColumnId()).orElseThrow();
		checks.check(grant, form, target, Set.copyOf(task.getAssigneeIds()), errors);
		if (errors.hasErrors() || moves && !mayEnter(task, target, errors) || !describe(task, form, errors)) {
			return;
		}
		Set<Long> added = task.assign(form.assignees(), clock.instant());
		boolean completes = moves && placeInto(task, target, null);
		announce(actor, grant, task, added, completes);
	}

	/**
	 * Puts the task at a place (from 0; past the end: last) in a column of its board — a card dropped or a
	 * status picked. Refused on {@code columnId} when the column is not an active one of the board.
	 */
	public void move(SignedInUser actor, long taskId, Long columnId, Integer position, Long version, Errors errors) {
		Task task = tasks.lockById(taskId).orElseThrow(RecordNotFound::new);
		WorkGrant grant = work.grant(actor, task.getProjectId());
		if (!grant.mayWork() && !task.assignedTo(actor.userId())) {
			throw new AccessDeniedException("only the project's workers and the task's assignees move it");
		}
		fresh(task, version);
		if (columnId == null) {
			errors.rejectValue("columnId", "task.required");
			return;
		}
		TaskColumn target = lock(task.getColumnId(), columnId).stream().filter(c -> c.getId().equals(columnId))
			.findFirst().orElse(null);
		if (target == null || !target.isActive() || target.getProjectId() != task.getProjectId()) {
			errors.rejectValue("columnId", "task.column.unknown");
			return;
		}
		if (!mayEnter(task, target, errors)) {
			return;
		}
		boolean completes = placeInto(task, target, position);
		announce(actor, grant, task, Set.of(), completes);
	}

	/**
	 * A subtask of the task, titled, at the end of the board's first column and in the parent's phase;
	 * its id, or {@code null} when refused (on {@code title}: blank, too long, or the parent is itself a subtask).
	 */
	public Long createSubtask(SignedInUser actor, long parentId, String title, Errors errors) {
		Task parent = tasks.lockById(parentId).orElseThrow(RecordNotFound::new);
		WorkGrant grant = work.grant(actor, parent.getProjectId());
		if (!grant.mayWork()) {
			throw new AccessDeniedException("project work is read-only for this user");
		}
		String stripped = title == null ? "" : title.strip();
		if (stripped.isEmpty()) {
			errors.rejectValue("title", "task.subtask.required");
			return null;
		}
		if (stripped.length() > 100) {
			errors.rejectValue("title", "task.subtask.tooLong");
			return null;
		}
		Long columnId = checks.firstColumn(parent.getProjectId());
		TaskColumn column = columnId == null ? null : columns.lockById(columnId).orElse(null);
		if (column == null) {
			errors.rejectValue("title", "task.column.unknown");
			return null;
		}
		Task task = new Task(parent.getProjectId(), column, tasks.endOf(column.getId()), actor.userId(), clock.instant());
		try {
			task.under(parent);
			task.describe(stripped, null, parent.getPhaseId(), null, null, null, null, clock.instant());
		}
		catch (TaskRefused refused) {
			errors.rejectValue(refused.field(), refused.code());
			return null;
		}
		tasks.save(task);
		announce(actor, grant, task, Set.of(), task.getCategory() == TaskCategory.DONE);
		return task.getId();
	}

	/** Whether the task may go into the column: not done while a subtask is open (refused on {@code columnId}). */
	private boolean mayEnter(Task task, TaskColumn target, Errors errors) {
		try {
			task.mayEnter(target, target.getCategory() == TaskCategory.DONE ? tasks.countOpenSubtasks(task.getId()) : 0);
			return true;
		}
		catch (TaskRefused refused) {
			errors.rejectValue(refused.field(), refused.code());
			return false;
		}
	}

	private boolean placeInto(Task task, TaskColumn target, Integer position) {
		long from = task.getColumnId();
		tasks.closeGap(from, task.getPosition(), task.getId());
		int size = (int) tasks.countByColumnId(target.getId()) - (from == target.getId() ? 1 : 0);
		int at = position == null ? size : Math.max(0, Math.min(size, position));
		tasks.openGap(target.getId(), at, task.getId());
		return task.place(target, at, clock.instant());
	}

	/** The columns locked in id order, so that two moves between the same columns wait rather than deadlock. */
	private List<TaskColumn> lock(long one, long other) {
		return java.util.stream.Stream.of(one, other).distinct().sorted(Comparator.naturalOrder())
			.map(id -> columns.lockById(id).orElse(null)).filter(java.util.Objects::nonNull).toList();
	}

	private boolean describe(Task task, TaskForm form, Errors errors) {
		try {
			task.describe(form.title(), form.description(), form.phaseId(), form.startDate(), form.dueDate(),
					form.plannedHours(), form.priorityOrMedium(), clock.instant());
			return true;
		}
		catch (TaskRefused refused) {
			errors.rejectValue(refused.field(), refused.code());
			return false;
		}
	}

	private static void fresh(Task task, Long version) {
		if (version != null && version != task.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Task.class, task.getId());
		}
	}

	private void announce(SignedInUser actor, WorkGrant grant, Task task, Set<Long> added, boolean completes) {
		for (Long assignee : added) {
			events.publishEvent(new TaskAssigned(actor.tenantId(), task.getId(), task.getProjectId(), grant.name(),
					task.getTitle(), assignee, actor.userId(), task.getDueDate(), clock.instant()));
		}
		if (completes) {
			events.publishEvent(new TaskCompleted(actor.tenantId(), task.getId(), task.getProjectId(), task.getTitle(),
					task.getAssigneeIds(), actor.userId(), clock.instant()));
		}
	}
}
