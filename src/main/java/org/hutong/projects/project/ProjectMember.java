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

/** 项目成员: a user on a project with a project role. Members see the project; leads may change it. */
@Entity
@Table(name = "projects_member")
public class ProjectMember {

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
	private ProjectRole role;

	@Column(name = "added_at")
	private Instant addedAt;

	protected ProjectMember() {
	}

	ProjectMember(Project project, long userId, ProjectRole role, Instant now) {
		this.project = project;
		this.userId = userId;
		this.role = role;
		this.addedAt = now;
	}

	void assign(ProjectRole newRole) {
		this.role = newRole;
	}

	public Long getId() {
		return id;
	}

	public long getUserId() {
		return userId;
	}

	public ProjectRole getRole() {
		return role;
	}

	public Instant getAddedAt() {
		return addedAt;
	}
}
