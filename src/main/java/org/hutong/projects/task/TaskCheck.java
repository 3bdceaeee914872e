package org.hutong.projects.task;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/**
 * 检查项: one line of a task's checklist — short text (at most 200), done or not, in its place. Who ticked
 * it and when is kept while it stays done.
 */
@Entity
@Table(name = "projects_task_check")
public class TaskCheck {

	static final int MAX_TEXT = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "task_id")
	private long taskId;

	private int position;

	private String text;

	private boolean done;

	@Column(name = "done_by")
	private Long doneBy;

	@Column(name = "done_at")
	private Instant doneAt;

	protected TaskCheck() {
	}

	/** A new item at a place; refuses blank or over-long text on {@code text}. */
	TaskCheck(long taskId, int position, String text) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.isEmpty()) {
			throw new TaskRefused("text", "task.check.required");
		}
		if (stripped.length() > MAX_TEXT) {
			throw new TaskRefused("text", "task.check.tooLong");
		}
		this.taskId = taskId;
		this.position = position;
		this.text = stripped;
	}

	/** Ticks or unticks it; answers whether that changed anything. */
	boolean mark(boolean done, long userId, Instant now) {
		if (this.done == done) {
			return false;
		}
		this.done = done;
		this.doneBy = done ? userId : null;
		this.doneAt = done ? now : null;
		return true;
	}

	public Long getId() {
		return id;
	}

	public long getTaskId() {
		return taskId;
	}

	public int getPosition() {
		return position;
	}

	public String getText() {
		return text;
	}

	public boolean isDone() {
		return done;
	}

	public Long getDoneBy() {
		return doneBy;
	}
}
