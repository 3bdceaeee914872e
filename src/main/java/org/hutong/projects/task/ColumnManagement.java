package org.hutong.projects.task;

import java.util.List;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.ProjectCreated;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.projects.project.ProjectWork;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A project's board columns: the default set when the project is created (in its transaction), and
 * renaming, adding, reordering and retiring them by those who lead the project, under the lock of all
 * its columns. Refusals go on {@code name}, {@code category} or {@code columnId}.
 */
@Service
@Transactional
public class ColumnManagement {

	private final TaskColumnRepository columns;

	private final TaskRepository tasks;

	private final ProjectWork work;

	ColumnManagement(TaskColumnRepository columns, TaskRepository tasks, ProjectWork work) {
		this.columns = columns;
		this.tasks = tasks;
		this.work = work;
	}

	/** A new project's board starts with 未开始 · 进行中 · 待验证 · 已完成 · 已取消. */
	@EventListener
	void on(ProjectCreated created) {
		if (columns.findByProjectIdOrderByPosition(created.projectId()).isEmpty()) {
			columns.saveAll(BoardColumns.defaults(created.projectId()));
		}
	}

	@PreAuthorize(ProjectPermissions.MAY_READ)
	public void add(SignedInUser actor, long projectId, String name, TaskCategory category, Errors errors) {
		change(actor, projectId, errors, board -> columns.save(board.add(name, category)));
	}

	@PreAuthorize(ProjectPermissions.MAY_READ)
	public void rename(SignedInUser actor, long projectId, long columnId, String name, Errors errors) {
		change(actor, projectId, errors, board -> board.rename(columnId, name));
	}

	/** One place left ({@code by < 0}) or right. */
	@PreAuthorize(ProjectPermissions.MAY_READ)
	public void shift(SignedInUser actor, long projectId, long columnId, int by, Errors errors) {
		change(actor, projectId, errors, board -> board.shift(columnId, by));
	}

	@PreAuthorize(ProjectPermissions.MAY_READ)
	public void retire(SignedInUser actor, long projectId, long columnId, Errors errors) {
		change(actor, projectId, errors, board -> board.retire(columnId, tasks::countByColumnId));
	}

	private void change(SignedInUser actor, long projectId, Errors errors, java.util.function.Consumer<BoardColumns> edit) {
		if (!work.grant(actor, projectId).mayLead()) {
			throw new AccessDeniedException("only those who lead the project change its board");
		}
		List<TaskColumn> locked = columns.lockByProjectId(projectId);
		try {
			edit.accept(new BoardColumns(projectId, locked));
		}
		catch (TaskRefused refused) {
			errors.rejectValue(refused.field(), refused.code());
		}
	}
}
