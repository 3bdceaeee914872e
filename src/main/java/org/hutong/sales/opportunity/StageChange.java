package org.hutong.sales.opportunity;

import java.time.Instant;

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
 * A line of 阶段历史. Stage names are copied, not referenced: a stage renamed or removed later does
 * not rewrite what happened. {@code dwellSeconds} is how long the deal had stayed in {@code fromStage}.
 */
@Entity
@Table(name = "sales_stage_change")
public class StageChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "opportunity_id")
	private long opportunityId;

	@Column(name = "customer_id")
	private long customerId;

	@Enumerated(EnumType.STRING)
	private StageAction action;

	@Column(name = "from_stage")
	private String fromStage;

	@Column(name = "to_stage")
	private String toStage;

	@Column(name = "dwell_seconds")
	private Long dwellSeconds;

	private String note;

	@Column(name = "changed_by")
	private long changedBy;

	@Column(name = "changed_at")
	private Instant changedAt;

	protected StageChange() {
	}

	StageChange(long opportunityId, long customerId, StageAction action, String fromStage, String toStage, Long dwellSeconds,
			String note, long changedBy, Instant changedAt) {
		this.opportunityId = opportunityId;
		this.customerId = customerId;
		this.action = action;
		this.fromStage = fromStage;
		this.toStage = toStage;
		this.dwellSeconds = dwellSeconds;
		this.note = note;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public Long getId() {
		return id;
	}

	public long getOpportunityId() {
		return opportunityId;
	}

	public StageAction getAction() {
		return action;
	}

	public String getFromStage() {
		return fromStage;
	}

	public String getToStage() {
		return toStage;
	}

	public Long getDwellSeconds() {
		return dwellSeconds;
	}

	public String getNote() {
		return note;
	}

	public long getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}
}
