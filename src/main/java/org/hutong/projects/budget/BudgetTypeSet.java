package org.hutong.projects.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** The category set a 项目类型's projects follow unless they chose one (a 科研课题 its funder's). */
@Entity
@Table(name = "projects_budget_type_set")
class BudgetTypeSet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "type_id")
	private long typeId;

	@Column(name = "set_id")
	private long setId;

	protected BudgetTypeSet() {
	}

	BudgetTypeSet(long typeId, long setId) {
		this.typeId = typeId;
		this.setId = setId;
	}

	void follow(long set) {
		this.setId = set;
	}

	Long getId() {
		return id;
	}

	long getTypeId() {
		return typeId;
	}

	long getSetId() {
		return setId;
	}
}
