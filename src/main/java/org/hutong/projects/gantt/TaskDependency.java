package org.hutong.projects.gantt;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/**
 * 依赖: finish-to-start between two tasks of one project — the successor starts no earlier than the
 * day after the predecessor's last day plus the lag (negative: a lead). Added and removed, never changed.
 */
@Entity
@Table(name = "projects_task_dependency")
class TaskDependency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "project_id")
	private long projectId;

	@Column(name = "predecessor_id")
	private long predecessorId;

	@Column(name = "successor_id")
	private long successorId;

	@Column(name = "lag_days")
	private int lagDays;

	@Column(name = "created_by")
	private long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected TaskDependency() {
	}

	TaskDependency(long projectId, long predecessorId, long successorId, int lagDays, long createdBy, Instant now) {
		this.projectId = projectId;
		this.predecessorId = predecessorId;
		this.successorId = successorId;
		this.lagDays = lagDays;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	Long getId() {
		return id;
	}

	long getProjectId() {
		return projectId;
	}

	long getPredecessorId() {
		return predecessorId;
	}

	long getSuccessorId() {
		return successorId;
	}

	int getLagDays() {
		return lagDays;
	}
}
