package org.hutong.projects.task;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.annotations.TenantId;
import org.hutong.projects.project.Priority;

/**
 * 任务: a piece of a project's work — what, in which phase, for whom, when, how many hours, how urgent —
 * and where it stands: its board column (whose category it carries) and its place there. Due is never
 * before start and planned hours never below zero (refused on the field). Its place among the column's
 * cards moves as others move, outside its optimistic version.
 */
@Entity
@Table(name = "projects_task")
public class Task {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "project_id")
	private long projectId;

	@Column(name = "phase_id")
	private Long phaseId;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(name = "column_id")
	private long columnId;

	@Enumerated(EnumType.STRING)
	private TaskCategory category;

	@OptimisticLock(excluded = true)
	private int position;

	private String title;

	private String description;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(name = "planned_hours")
	private BigDecimal plannedHours;

	@Enumerated(EnumType.STRING)
	private Priority priority = Priority.MEDIUM;

	@Column(name = "created_by")
	private long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "completed_at")
	private Instant completedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 100)
	private List<TaskAssignee> assignees = new ArrayList<>();

	protected Task() {
	}

	Task(long projectId, TaskColumn column, int position, long createdBy, Instant now) {
		this.projectId = projectId;
		this.columnId = column.getId();
		this.category = column.getCategory();
		this.position = position;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		this.completedAt = column.getCategory() == TaskCategory.DONE ? now : null;
	}

	/** Sets what the task is; refuses a due date before the start and negative hours. */
	void describe(String title, String description, Long phaseId, LocalDate startDate, LocalDate dueDate,
			BigDecimal plannedHours, Priority priority, Instant now) {
		if (startDate != null && dueDate != null && dueDate.isBefore(startDate)) {
			throw new TaskRefused("dueDate", "task.due.beforeStart");
		}
		if (plannedHours != null && plannedHours.signum() < 0) {
			throw new TaskRefused("plannedHours", "task.hours.negative");
		}
		this.title = title.strip();
		this.description = description == null || description.isBlank() ? null : description.strip();
		this.phaseId = phaseId;
		this.startDate = startDate;
		this.dueDate = dueDate;
		this.plannedHours = plannedHours;
		this.priority = priority == null ? Priority.MEDIUM : priority;
		this.updatedAt = now;
		assignees.forEach(TaskAssignee::follow);
	}

	/** Gives the task to exactly these people; answers those who were not on it before, in order. */
	Set<Long> assign(Collection<Long> userIds, Instant now) {
		Set<Long> wanted = new LinkedHashSet<>(userIds);
		assignees.removeIf(a -> !wanted.contains(a.getUserId()));
		Set<Long> added = new LinkedHashSet<>();
		for (Long userId : wanted) {
			if (!assignedTo(userId)) {
				assignees.add(new TaskAssignee(this, userId));
				added.add(userId);
			}
		}
		if (!added.isEmpty() || wanted.size() != assignees.size()) {
			this.updatedAt = now;
		}
		return added;
	}

	/** Makes the task a subtask of another of its project's tasks; subtasks have none of their own. */
	void under(Task parent) {
		if (parent.parentId != null) {
			throw new TaskRefused("title", "task.subtask.nested");
		}
		if (parent.projectId != projectId) {
			throw new TaskRefused("title", "task.subtask.otherProject");
		}
		this.parentId = parent.getId();
	}

	/** Refuses a done column while some of its subtasks are still open, on {@code columnId}. */
	void mayEnter(TaskColumn column, long openSubtasks) {
		if (column.getCategory() == TaskCategory.DONE && category != TaskCategory.DONE && openSubtasks > 0) {
			throw new TaskRefused("columnId", "task.subtask.open");
		}
	}

	/** Puts the task at a place in a column of its board; answers whether it became done by this. */
	boolean place(TaskColumn column, int position, Instant now) {
		boolean completes = column.getCategory() == TaskCategory.DONE && category != TaskCategory.DONE;
		boolean changes = column.getId() != columnId;
		this.columnId = column.getId();
		this.category = column.getCategory();
		this.position = position;
		if (changes) {
			this.updatedAt = now;
			this.completedAt = category == TaskCategory.DONE ? (completes ? now : completedAt) : null;
			assignees.forEach(TaskAssignee::follow);
		}
		return completes;
	}

	boolean assignedTo(long userId) {
		return assignees.stream().anyMatch(a -> a.getUserId() == userId);
	}

	/** Open, due and past it on that day. */
	public boolean overdueOn(LocalDate today) {
		return category.open() && dueDate != null && dueDate.isBefore(today);
	}

	public Long getId() {
		return id;
	}

	public long getProjectId() {
		return projectId;
	}

	public Long getPhaseId() {
		return phaseId;
	}

	public Long getParentId() {
		return parentId;
	}

	public long getColumnId() {
		return columnId;
	}

	public TaskCategory getCategory() {
		return category;
	}

	public int getPosition() {
		return position;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public BigDecimal getPlannedHours() {
		return plannedHours;
	}

	public Priority getPriority() {
		return priority;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getCompletedAt() {
		return completedAt;
	}

	public long getVersion() {
		return version;
	}

	List<TaskAssignee> assignees() {
		return List.copyOf(assignees);
	}

	public List<Long> getAssigneeIds() {
		return assignees.stream().map(TaskAssignee::getUserId).toList();
	}
}
