package org.hutong.projects.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** The category set a project follows instead of the default one (a 科研课题 its funder's). */
@Entity
@Table(name = "projects_budget")
class BudgetChoice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "project_id")
	private long projectId;

	@Column(name = "set_id")
	private long setId;

	protected BudgetChoice() {
	}

	BudgetChoice(long projectId, long setId) {
		this.projectId = projectId;
		this.setId = setId;
	}

	void follow(long set) {
		this.setId = set;
	}

	long getSetId() {
		return setId;
	}
}
