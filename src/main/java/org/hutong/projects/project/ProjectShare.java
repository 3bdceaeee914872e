package org.hutong.projects.project;

import java.time.Instant;

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

/** 共享: a project shared with a user who is not on it, to read or to change as well. */
@Entity
@Table(name = "projects_share")
public class ProjectShare {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	@Column(name = "user_id")
	private long userId;

	@Enumerated(EnumType.STRING)
	private ShareAccess access;

	@Column(name = "shared_by")
	private long sharedBy;

	@Column(name = "shared_at")
	private Instant sharedAt;

	protected ProjectShare() {
	}

	ProjectShare(Project project, long userId, ShareAccess access, long sharedBy, Instant now) {
		this.project = project;
		this.userId = userId;
		this.access = access;
		this.sharedBy = sharedBy;
		this.sharedAt = now;
	}

	void allow(ShareAccess newAccess) {
		this.access = newAccess;
	}

	public Long getId() {
		return id;
	}

	public long getUserId() {
		return userId;
	}

	public ShareAccess getAccess() {
		return access;
	}

	public Instant getSharedAt() {
		return sharedAt;
	}
}
