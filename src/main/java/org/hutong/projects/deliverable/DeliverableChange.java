package org.hutong.projects.deliverable;

import java.time.Instant;

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

/** 变更: a version uploaded after its deliverable was locked, and why; kept and shown with the version. */
@Entity
@Table(name = "projects_deliverable_change")
class DeliverableChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "deliverable_id")
	private Deliverable deliverable;

	@Column(name = "version_number")
	private int versionNumber;

	private String reason;

	@Column(name = "created_by")
	private long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected DeliverableChange() {
	}

	DeliverableChange(Deliverable deliverable, int versionNumber, String reason, long by, Instant now) {
		this.deliverable = deliverable;
		this.versionNumber = versionNumber;
		this.reason = reason;
		this.createdBy = by;
		this.createdAt = now;
	}

	Long getId() {
		return id;
	}

	int getVersionNumber() {
		return versionNumber;
	}

	String getReason() {
		return reason;
	}
}
