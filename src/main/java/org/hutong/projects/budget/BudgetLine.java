package org.hutong.projects.budget;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** A budget line: how much a project plans for a category, in one phase or (no phase) the whole project. */
@Entity
@Table(name = "projects_budget_line")
class BudgetLine {

	static final int MAX_NOTE = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "project_id")
	private long projectId;

	@Column(name = "category_id")
	private long categoryId;

	@Column(name = "phase_id")
	private Long phaseId;

	private BigDecimal amount;

	private String note;

	@Column(name = "updated_by")
	private long updatedBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	@Column(name = "row_version")
	private int rowVersion;

	protected BudgetLine() {
	}

	BudgetLine(long projectId, long categoryId, Long phaseId, BigDecimal amount, String note, long by, Instant now) {
		this.projectId = projectId;
		this.categoryId = categoryId;
		this.phaseId = phaseId;
		change(amount, note, by, now);
	}

	/** A new amount and note; an amount below zero is refused. */
	void change(BigDecimal amount, String note, long by, Instant now) {
		if (amount == null || amount.signum() < 0) {
			throw new IllegalArgumentException("a budget line's amount is zero or more");
		}
		this.amount = amount;
		this.note = note;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	Long getId() {
		return id;
	}

	long getProjectId() {
		return projectId;
	}

	long getCategoryId() {
		return categoryId;
	}

	Long getPhaseId() {
		return phaseId;
	}

	BigDecimal getAmount() {
		return amount;
	}

	String getNote() {
		return note;
	}

	int getRowVersion() {
		return rowVersion;
	}
}
