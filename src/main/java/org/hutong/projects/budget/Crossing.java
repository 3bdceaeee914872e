package org.hutong.projects.budget;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A burn threshold a project's total or one of its categories crossed: kept, so it is told once. */
@Entity
@Table(name = "projects_budget_crossing")
class Crossing {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "project_id")
	private long projectId;

	private String scope;

	private int threshold;

	@Column(name = "crossed_at")
	private Instant crossedAt;

	protected Crossing() {
	}

	Crossing(long projectId, String scope, int threshold, Instant now) {
		this.projectId = projectId;
		this.scope = scope;
		this.threshold = threshold;
		this.crossedAt = now;
	}

	String getScope() {
		return scope;
	}

	int getThreshold() {
		return threshold;
	}
}
