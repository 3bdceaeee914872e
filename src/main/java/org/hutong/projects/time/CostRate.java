package org.hutong.projects.time;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/**
 * 人工成本费率: what an hour of one person costs (yuan) from a day on. A new rate never overwrites an
 * older one, so labour already spent keeps the rate of its day; the latest on or before a day is the
 * one in effect.
 */
@Entity
@Table(name = "projects_cost_rate")
class CostRate {

	static final BigDecimal HIGHEST = new BigDecimal("99999999.99");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "user_id")
	private long userId;

	@Column(name = "effective_from")
	private LocalDate effectiveFrom;

	private BigDecimal rate;

	@Column(name = "created_by")
	private long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected CostRate() {
	}

	CostRate(long userId, LocalDate effectiveFrom, BigDecimal rate, long createdBy, Instant now) {
		this.userId = userId;
		this.effectiveFrom = effectiveFrom;
		this.rate = rate;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** Corrects the rate of a day already set (the same person and day set twice). */
	void correct(BigDecimal rate, long by, Instant now) {
		this.rate = rate;
		this.createdBy = by;
		this.createdAt = now;
	}

	Long getId() {
		return id;
	}

	long getUserId() {
		return userId;
	}

	LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	BigDecimal getRate() {
		return rate;
	}

	long getCreatedBy() {
		return createdBy;
	}

	Instant getCreatedAt() {
		return createdAt;
	}
}
