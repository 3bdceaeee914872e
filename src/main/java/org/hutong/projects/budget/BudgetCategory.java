package org.hutong.projects.budget;

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

/** A budget category (科目) of a set; the labour one is where time × rate counts. Retired, it takes no new lines. */
@Entity
@Table(name = "projects_budget_category")
class BudgetCategory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "set_id")
	private BudgetSet set;

	private String name;

	private int position;

	private boolean labour;

	private boolean retired;

	protected BudgetCategory() {
	}

	BudgetCategory(BudgetSet set, String name, int position, boolean labour) {
		this.set = set;
		this.name = name;
		this.position = position;
		this.labour = labour;
	}

	void rename(String newName) {
		this.name = newName;
	}

	void placeAt(int newPosition) {
		this.position = newPosition;
	}

	void retire(boolean retire) {
		this.retired = retire;
	}

	BudgetSet getSet() {
		return set;
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	int getPosition() {
		return position;
	}

	boolean isLabour() {
		return labour;
	}

	boolean isRetired() {
		return retired;
	}
}
