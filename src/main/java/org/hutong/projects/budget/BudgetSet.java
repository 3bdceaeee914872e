package org.hutong.projects.budget;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.TenantId;

/** A named set of budget categories: the enterprise's default one, or a funder's a 科研课题 follows. */
@Entity
@Table(name = "projects_budget_set")
class BudgetSet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	private String name;

	@Column(name = "is_default")
	private boolean isDefault;

	private int position;

	@OneToMany(mappedBy = "set", cascade = CascadeType.ALL)
	@OrderBy("position")
	@BatchSize(size = 20)
	private List<BudgetCategory> categories = new ArrayList<>();

	protected BudgetSet() {
	}

	BudgetSet(String name, boolean isDefault, int position) {
		this.name = name;
		this.isDefault = isDefault;
		this.position = position;
	}

	/** Adds a category after the ones there. */
	BudgetCategory add(String category, boolean labour) {
		BudgetCategory added = new BudgetCategory(this, category, categories.size() + 1, labour);
		categories.add(added);
		return added;
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	boolean isDefault() {
		return isDefault;
	}

	int getPosition() {
		return position;
	}

	List<BudgetCategory> getCategories() {
		return categories;
	}
}
