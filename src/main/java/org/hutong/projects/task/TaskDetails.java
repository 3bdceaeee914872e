package org.hutong.projects.task;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.projects.project.ProjectWork;
import org.hutong.projects.project.ProjectWork.WorkGrant;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A task's subtasks and checklist. Readers of the project see them; its workers add and remove
 * checklist items; workers and the task's assignees tick them. The task is locked first, so items
 * added at once take places one after another. At most {@value #MAX_CHECKS} items a task.
 */
@Service
@Transactional
@PreAuthorize(ProjectPermissions.MAY_READ)
public class TaskDetails {

	static final int MAX_CHECKS = 50;

	private final TaskRepository tasks;

	private final TaskColumnRepository columns;

	private final TaskCheckRepository checks;

	private final ProjectWork work;

	private final Clock clock;

	TaskDetails(TaskRepository tasks, TaskColumnRepository columns, TaskCheckRepository checks, ProjectWork work,
			Clock clock) {
		this.tasks = tasks;
		this.columns = columns;
		this.checks = checks;
		this.work = work;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public TaskDetailsView details(SignedInUser viewer, long taskId) {
		Task task = tasks.findById(taskId).orElseThrow(RecordNotFound::new);
		WorkGrant grant = work.grant(viewer, task.getProjectId());
		List<Task> subtasks = tasks.findByParentIdOrderByIdAsc(taskId);
		Task parent = task.getParentId() == null ? null : tasks.findById(task.getParentId()).orElse(null);
		Map<Long, String> names = columnNames(task.getProjectId());
		return new TaskDetailsView(taskId, parent == null ? null : sub(parent, names),
				subtasks.stream().map(s -> sub(s, names)).toList(),
				checks.findByTaskIdOrderByPositionAscIdAsc(taskId).stream()
					.map(c -> new TaskDetailsView.Check(c.getId(), c.getText(), c.isDone())).toList(),
				grant.mayWork(), grant.mayWork() || task.assignedTo(viewer.userId()));
	}

	/** A new item at the end of the checklist; refused on {@code text}. */
	public void addCheck(SignedInUser actor, long taskId, String text, Errors errors) {
		Task task = tasks.lockById(taskId).orElseThrow(RecordNotFound::new);
		requireWork(actor, task);
		if (checks.countByTaskId(taskId) >= MAX_CHECKS) {
			errors.rejectValue("text", "task.check.tooMany", new Object[] { MAX_CHECKS }, null);
			return;
		}
		try {
			checks.save(new TaskCheck(taskId, checks.endOf(taskId), text));
		}
		catch (TaskRefused refused) {
			errors.rejectValue(refused.field(), refused.code());
		}
	}

	/** Ticks or unticks an item of the task. */
	public void markCheck(SignedInUser actor, long taskId, long checkId, boolean done) {
		Task task = tasks.lockById(taskId).orElseThrow(RecordNotFound::new);
		WorkGrant grant = work.grant(actor, task.getProjectId());
		if (!grant.mayWork() && !task.assignedTo(actor.userId())) {
			throw new AccessDeniedException("only the project's workers and the task's assignees tick its checklist");
		}
		item(taskId, checkId).mark(done, actor.userId(), clock.instant());
	}

	public void removeCheck(SignedInUser actor, long taskId, long checkId) {
		Task task = tasks.lockById(taskId).orElseThrow(RecordNotFound::new);
		requireWork(actor, task);
		checks.delete(item(taskId, checkId));
	}

	/** Checklist progress of these tasks (those with items only): done and total. */
	@Transactional(readOnly = true)
	public Map<Long, long[]> progress(Collection<Long> taskIds) {
		Map<Long, long[]> progress = new HashMap<>();
		if (taskIds.isEmpty()) {
			return progress;
		}
		for (Object[] row : checks.progress(taskIds)) {
			progress.put((Long) row[0], new long[] { ((Number) row[1]).longValue(), ((Number) row[2]).longValue() });
		}
		return progress;
	}

	private TaskCheck item(long taskId, long checkId) {
		return checks.findById(checkId).filter(c -> c.getTaskId() == taskId).orElseThrow(RecordNotFound::new);
	}

	private void requireWork(SignedInUser actor, Task task) {
		if (!work.grant(actor, task.getProjectId()).mayWork()) {
			throw new AccessDeniedException("project work is read-only for this user");
		}
	}

	private Map<Long, String> columnNames(long projectId) {
		Map<Long, String> names = new HashMap<>();
		columns.findByProjectIdOrderByPosition(projectId).forEach(c -> names.put(c.getId(), c.getName()));
		return names;
	}

	private static TaskDetailsView.Sub sub(Task task, Map<Long, String> names) {
		return new TaskDetailsView.Sub(task.getId(), task.getTitle(), names.getOrDefault(task.getColumnId(), "—"),
				task.getCategory());
	}
}
