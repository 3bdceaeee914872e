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
 * 基线: the plan's dates as saved on a day under a name; never changed afterwards. Its items
 * ({@link PlanBaselineItem}) are written and read in one statement each, a project may have a thousand.
 */
@Entity
@Table(name = "projects_plan_baseline")
class PlanBaseline {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "project_id")
	private long projectId;

	private String name;

	@Column(name = "taken_at")
	private Instant takenAt;

	@Column(name = "taken_by")
	private long takenBy;

	protected PlanBaseline() {
	}

	PlanBaseline(long projectId, String name, long takenBy, Instant now) {
		this.projectId = projectId;
		this.name = name;
		this.takenBy = takenBy;
		this.takenAt = now;
	}

	Long getId() {
		return id;
	}

	long getProjectId() {
		return projectId;
	}

	String getName() {
		return name;
	}

	Instant getTakenAt() {
		return takenAt;
	}

	long getTakenBy() {
		return takenBy;
	}
}
