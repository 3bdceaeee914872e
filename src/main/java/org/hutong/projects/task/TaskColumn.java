package org.hutong.projects.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/**
 * A column of one project's board (a task status): its name, its category and its place. A retired
 * column is kept for history but takes no tasks and shows nowhere. Changed through {@link BoardColumns}.
 */
@Entity
@Table(name = "projects_task_column")
public class TaskColumn {

	static final int NAME_MAX = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "project_id")
	private long projectId;

	private String name;

	@Enumerated(EnumType.STRING)
	private TaskCategory category;

	private int position;

	private boolean active = true;

	@Version
	private long version;

	protected TaskColumn() {
	}

	TaskColumn(long projectId, String name, TaskCategory category, int position) {
		this.projectId = projectId;
		this.name = name;
		this.category = category;
		this.position = position;
	}

	void rename(String name) {
		this.name = name;
	}

	void placeAt(int position) {
		this.position = position;
	}

	void retire() {
		this.active = false;
	}

	public Long getId() {
		return id;
	}

	public long getProjectId() {
		return projectId;
	}

	public String getName() {
		return name;
	}

	public TaskCategory getCategory() {
		return category;
	}

	public int getPosition() {
		return position;
	}

	public boolean isActive() {
		return active;
	}

	public long getVersion() {
		return version;
	}
}
