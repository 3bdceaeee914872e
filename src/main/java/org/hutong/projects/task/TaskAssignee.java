package org.hutong.projects.task;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/**
 * One person a task is given to. It repeats the task's due date and whether the task is open, kept
 * by the task, so that 我的任务 reads one person's index range.
 */
@Entity
@Table(name = "projects_task_assignee")
public class TaskAssignee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "task_id")
	private Task task;

	@Column(name = "user_id")
	private long userId;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(name = "is_open")
	private boolean open;

	protected TaskAssignee() {
	}

	TaskAssignee(Task task, long userId) {
		this.task = task;
		this.userId = userId;
		follow();
	}

	void follow() {
		this.dueDate = task.getDueDate();
		this.open = task.getCategory().open();
	}

	public Long getId() {
		return id;
	}

	public long getUserId() {
		return userId;
	}
}
