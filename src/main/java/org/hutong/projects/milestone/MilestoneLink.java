package org.hutong.projects.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** What a milestone waits for: one task or one deliverable of its project. */
@Entity
@Table(name = "projects_milestone_link")
class MilestoneLink {

	/** The kinds of thing a milestone waits for. */
	enum Kind {
		TASK, DELIVERABLE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "milestone_id")
	private Milestone milestone;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Column(name = "target_id")
	private long targetId;

	protected MilestoneLink() {
	}

	MilestoneLink(Milestone milestone, Kind kind, long targetId) {
		this.milestone = milestone;
		this.kind = kind;
		this.targetId = targetId;
	}

	Long getId() {
		return id;
	}

	Kind getKind() {
		return kind;
	}

	long getTargetId() {
		return targetId;
	}
}
