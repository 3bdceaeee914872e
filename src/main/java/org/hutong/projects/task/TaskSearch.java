package org.hutong.projects.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.projects.project.ProjectWork;
import org.hutong.projects.project.ProjectWork.WorkGrant;
import org.hutong.web.RecordNotFound;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading tasks as the viewer may: one task, a project's list (filters, keyset by id), a board column's
 * cards (keyset by position) and 我的任务, which reads the viewer's own assignee index range per bucket
 * and keeps the tasks of projects they still see.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ProjectPermissions.MAY_READ)
public class TaskSearch {

	public static final int PAGE_SIZE = 50;

	/** Cards a board column shows before "加载更多". */
	public static final int CARDS = 30;

	/** Tasks per bucket of 我的任务. */
	public static final int MINE = 100;

	private final TaskRepository tasks;

	private final TaskColumnRepository columns;

	private final ProjectWork work;

	private final TaskRows rows;

	TaskSearch(TaskRepository tasks, TaskColumnRepository columns, ProjectWork work, TaskRows rows) {
		this.tasks = tasks;
		this.columns = columns;
		this.work = work;
		this.rows = rows;
	}

	public TaskView one(SignedInUser viewer, long taskId) {
		Task task = tasks.findById(taskId).orElseThrow(RecordNotFound::new);
		WorkGrant grant = work.grant(viewer, task.getProjectId());
		TaskColumn column = columns.findById(task.getColumnId()).orElseThrow();
		Map<Long, String> names = rows.names(task.getAssigneeIds());
		String phase = task.getPhaseId() == null ? null : rows.phaseNames(List.of(task.getPhaseId())).get(task.getPhaseId());
		return new TaskView(task.getId(), task.getProjectId(), grant.name(), task.getTitle(), task.getDescription(),
				task.getPhaseId(), phase, column.getId(), column.getName(), task.getCategory(), task.getPosition(),
				task.getStartDate(), task.getDueDate(), task.getPlannedHours(), task.getPriority(),
				task.getAssigneeIds().stream().map(id -> new TaskView.Person(id, names.getOrDefault(id, "—"))).toList(),
				task.overdueOn(rows.today()), task.getCompletedAt(), task.getVersion(), grant.mayWork(),
				grant.mayWork() || task.assignedTo(viewer.userId()));
	}

	/** The project and what the viewer may do with its work; not found when they may not see it. */
	public WorkGrant project(SignedInUser viewer, long projectId) {
		return work.grant(viewer, projectId);
	}

	public TaskChoices choices(SignedInUser viewer, long projectId) {
		return rows.choices(work.grant(viewer, projectId));
	}

	public TaskPage list(SignedInUser viewer, long projectId, TaskFilter filter, int limit) {
		WorkGrant grant = work.grant(viewer, projectId);
		int size = Math.max(1, Math.min(limit, 200));
		List<Task> found = tasks.findBy(matching(projectId, filter),
				query -> query.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(size + 1).all());
		List<Task> page = found.size() > size ? found.subList(0, size) : found;
		Long next = found.size() > size ? page.get(page.size() - 1).getId() : null;
		return new TaskPage(rows.of(page, Map.of(projectId, grant.name()), mayMove(viewer, grant)), next);
	}

	/** A project's board: the active columns, their counts in one grouped query, each column's first cards. */
	public TaskBoardView board(SignedInUser viewer, long projectId) {
		WorkGrant grant = work.grant(viewer, projectId);
		Map<Long, Long> counts = tasks.countByColumn(projectId).stream()
			.collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
		List<TaskBoardView.ColumnView> shown = new ArrayList<>();
		for (TaskColumn column : columns.findByProjectIdOrderByPosition(projectId)) {
			if (column.isActive()) {
				shown.add(cards(viewer, grant, column, 0, counts.getOrDefault(column.getId(), 0L)));
			}
		}
		return new TaskBoardView(grant, shown);
	}

	/** The next run of a column's cards, from a place on. */
	public TaskBoardView.ColumnView column(SignedInUser viewer, long projectId, long columnId, int from) {
		WorkGrant grant = work.grant(viewer, projectId);
		TaskColumn column = columns.findById(columnId).filter(c -> c.getProjectId() == projectId && c.isActive())
			.orElseThrow(RecordNotFound::new);
		return cards(viewer, grant, column, Math.max(0, from), tasks.countByColumnId(columnId));
	}

	public MyTasks mine(SignedInUser viewer) {
		long me = viewer.userId();
		LocalDate today = rows.today();
		LocalDate nextWeek = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		List<List<Long>> buckets = List.of(tasks.openDueBefore(me, today, Limit.of(MINE)),
				tasks.openDueBetween(me, today, today.plusDays(1), Limit.of(MINE)),
				tasks.openDueBetween(me, today.plusDays(1), nextWeek, Limit.of(MINE)),
				tasks.openDueFrom(me, nextWeek, Limit.of(MINE)));
		Map<Long, Task> loaded = tasks.findAllById(buckets.stream().flatMap(List::stream).toList()).stream()
			.collect(Collectors.toMap(Task::getId, Function.identity()));
		Map<Long, String> visible = work.visible(viewer, loaded.values().stream().map(Task::getProjectId).distinct().toList());
		List<TaskRow> all = rows.of(loaded.values().stream().filter(t -> visible.containsKey(t.getProjectId())).toList(),
				visible, t -> true);
		Map<Long, TaskRow> byId = all.stream().collect(Collectors.toMap(TaskRow::id, Function.identity()));
		List<List<TaskRow>> sorted = buckets.stream()
			.map(ids -> ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList()).toList();
		return new MyTasks(sorted.get(0), sorted.get(1), sorted.get(2), sorted.get(3));
	}

	private TaskBoardView.ColumnView cards(SignedInUser viewer, WorkGrant grant, TaskColumn column, int from, long count) {
		List<Task> found = tasks.findByColumnIdAndPositionGreaterThanEqualOrderByPositionAscIdAsc(column.getId(), from,
				Limit.of(CARDS + 1));
		List<Task> run = found.size() > CARDS ? found.subList(0, CARDS) : found;
		Integer next = found.size() > CARDS ? found.get(CARDS).getPosition() : null;
		return new TaskBoardView.ColumnView(column.getId(), column.getName(), column.getCategory(), count,
				rows.of(run, Map.of(grant.projectId(), grant.name()), mayMove(viewer, grant)), next);
	}

	private static java.util.function.Predicate<Task> mayMove(SignedInUser viewer, WorkGrant grant) {
		return task -> grant.mayWork() || task.assignedTo(viewer.userId());
	}

	private static Specification<Task> matching(long projectId, TaskFilter filter) {
		return (root, query, cb) -> {
			List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("projectId"), projectId));
			if (filter.column() != null) {
				where.add(cb.equal(root.get("columnId"), filter.column()));
			}
			if (filter.category() != null) {
				where.add(cb.equal(root.get("category"), filter.category()));
			}
			if (filter.phase() != null) {
				where.add(cb.equal(root.get("phaseId"), filter.phase()));
			}
			if (filter.before() != null) {
				where.add(cb.lessThan(root.get("id"), filter.before()));
			}
			if (filter.assignee() != null) {
				Subquery<Long> assigned = query.subquery(Long.class);
				Root<TaskAssignee> a = assigned.from(TaskAssignee.class);
				assigned.select(a.get("id")).where(cb.equal(a.get("task"), root), cb.equal(a.get("userId"), filter.assignee()));
				where.add(cb.exists(assigned));
			}
			return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
	}
}
