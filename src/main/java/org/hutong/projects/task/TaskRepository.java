package org.hutong.projects.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<Task, Long>, JpaSpecificationExecutor<Task> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from Task t where t.id = :id")
	Optional<Task> lockById(long id);

	/** A column's cards from a place on, in order (keyset by position). */
	List<Task> findByColumnIdAndPositionGreaterThanEqualOrderByPositionAscIdAsc(long columnId, int from, Limit limit);

	/** How many tasks each of a project's columns holds, in one grouped query: [columnId, count]. */
	@Query("select t.columnId, count(t) from Task t where t.projectId = :projectId group by t.columnId")
	List<Object[]> countByColumn(long projectId);

	long countByColumnId(long columnId);

	/** The place after a column's last card. */
	@Query("select coalesce(max(t.position), -1) + 1 from Task t where t.columnId = :columnId")
	int endOf(long columnId);

	/** Closes the gap a card leaves at a place. */
	@Modifying(flushAutomatically = true)
	@Query("update Task t set t.position = t.position - 1 where t.columnId = :columnId and t.position > :position and t.id <> :taskId")
	int closeGap(long columnId, int position, long taskId);

	/** Opens a gap at a place for a card. */
	@Modifying(flushAutomatically = true)
	@Query("update Task t set t.position = t.position + 1 where t.columnId = :columnId and t.position >= :position and t.id <> :taskId")
	int openGap(long columnId, int position, long taskId);

	/**
	 * One person's open tasks due in a range (or without a due date when both are null), soonest first,
	 * read through the assignee index: [taskId].
	 */
	@Query("select a.task.id from TaskAssignee a where a.userId = :userId and a.open = true "
			+ "and a.dueDate >= :from and a.dueDate < :until order by a.dueDate, a.task.id")
	List<Long> openDueBetween(long userId, LocalDate from, LocalDate until, Limit limit);

	@Query("select a.task.id from TaskAssignee a where a.userId = :userId and a.open = true "
			+ "and a.dueDate < :until order by a.dueDate, a.task.id")
	List<Long> openDueBefore(long userId, LocalDate until, Limit limit);

	@Query("select a.task.id from TaskAssignee a where a.userId = :userId and a.open = true "
			+ "and (a.dueDate >= :from or a.dueDate is null) order by a.dueDate nulls last, a.task.id")
	List<Long> openDueFrom(long userId, LocalDate from, Limit limit);

	/** A task's subtasks in order of creation. */
	List<Task> findByParentIdOrderByIdAsc(long parentId);

	/** How many of a task's subtasks are still open. */
	@Query("select count(t) from Task t where t.parentId = :parentId and t.category = org.hutong.projects.task.TaskCategory.OPEN")
	long countOpenSubtasks(long parentId);
}
