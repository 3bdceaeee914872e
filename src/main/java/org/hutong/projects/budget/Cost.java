package org.hutong.projects.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * An actual cost of a project: a manual entry (with a document) or an approved 报销's line. Its source
 * key is unique per enterprise, so an expense's line counts once however often its decision arrives.
 * A deleted manual cost keeps its row, who deleted it and why; it no longer counts.
 */
@Entity
@Table(name = "projects_cost")
class Cost {

	static final int MAX_DESCRIPTION = 200;

	static final int MAX_REASON = 200;

	enum Source {
		MANUAL, EXPENSE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "project_id")
	private long projectId;

	@Enumerated(EnumType.STRING)
	private Source source;

	@Column(name = "source_key")
	private String sourceKey;

	@Column(name = "spent_on")
	private LocalDate spentOn;

	@Column(name = "category_id")
	private long categoryId;

	@Column(name = "phase_id")
	private Long phaseId;

	private BigDecimal amount;

	private String description;

	@Column(name = "document_id")
	private Long documentId;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Column(name = "deleted_by")
	private Long deletedBy;

	@Column(name = "deleted_reason")
	private String deletedReason;

	protected Cost() {
	}

	Cost(long projectId, Source source, String sourceKey, LocalDate spentOn, long categoryId, Long phaseId,
			BigDecimal amount, String description, Long by, Instant now) {
		if (amount == null || amount.signum() <= 0) {
			throw new IllegalArgumentException("a cost is more than zero");
		}
		this.projectId = projectId;
		this.source = source;
		this.sourceKey = sourceKey;
		this.spentOn = spentOn;
		this.categoryId = categoryId;
		this.phaseId = phaseId;
		this.amount = amount;
		this.description = description;
		this.createdBy = by;
		this.createdAt = now;
	}

	void attach(long document) {
		this.documentId = document;
	}

	/** Deletes a manual cost, keeping why; an expense's line stays as its approval decided. */
	void delete(long by, String reason, Instant now) {
		if (source != Source.MANUAL || deletedAt != null) {
			throw new IllegalStateException("only a live manual cost is deleted");
		}
		this.deletedAt = now;
		this.deletedBy = by;
		this.deletedReason = reason;
	}

	boolean deleted() {
		return deletedAt != null;
	}

	Long getId() {
		return id;
	}

	long getProjectId() {
		return projectId;
	}

	Source getSource() {
		return source;
	}

	LocalDate getSpentOn() {
		return spentOn;
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

	String getDescription() {
		return description;
	}

	Long getDocumentId() {
		return documentId;
	}

	String getDeletedReason() {
		return deletedReason;
	}
}
