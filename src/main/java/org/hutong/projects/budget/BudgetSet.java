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

	/** Counts every change of the set or its categories, so an edit from a stale page is refused. */
	@Column(name = "row_version")
	private int rowVersion;

	@OneToMany(mappedBy = "set", cascade = CascadeType.ALL, orphanRemoval = true)
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

	/** Moves the category one place up or down, trading places with its neighbour; at an end nothing moves. */
	void move(BudgetCategory category, boolean up) {
		int at = categories.indexOf(category);
		int to = up ? at - 1 : at + 1;
		if (at < 0 || to < 0 || to >= categories.size()) {
			return;
		}
		BudgetCategory other = categories.get(to);
		int place = category.getPosition();
		category.placeAt(other.getPosition());
		other.placeAt(place);
		java.util.Collections.swap(categories, at, to);
	}

	/** Removes a category no budget line or cost names. */
	void remove(BudgetCategory category) {
		categories.remove(category);
		renumber();
	}

	/** One more change of the set or its categories. */
	void touched() {
		rowVersion++;
	}

	private void renumber() {
		for (int i = 0; i < categories.size(); i++) {
			categories.get(i).placeAt(i + 1);
		}
	}

	int getRowVersion() {
		return rowVersion;
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
