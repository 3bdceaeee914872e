package org.hutong.projects.project;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/** 项目设置 of one enterprise: its project code rule. Absent until first saved (the default rule holds). */
@Entity
@Table(name = "projects_policy")
public class ProjectPolicy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "code_prefix")
	private String codePrefix;

	@Column(name = "code_digits")
	private int codeDigits;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected ProjectPolicy() {
	}

	ProjectPolicy(CodeRule rule, Instant now) {
		change(rule, now);
	}

	void change(CodeRule rule, Instant now) {
		this.codePrefix = rule.prefix();
		this.codeDigits = rule.digits();
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public CodeRule rule() {
		return new CodeRule(codePrefix, codeDigits);
	}
}
