package org.hutong.sales.retention;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** 质量问题: what the customer complains of under the warranty, open until resolved. */
@Entity
@Table(name = "sales_retention_claim")
class QualityClaim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(optional = false)
	@JoinColumn(name = "retention_id")
	private Retention retention;

	private String description;

	@Column(name = "raised_on")
	private LocalDate raisedOn;

	@Enumerated(EnumType.STRING)
	private ClaimStatus status;

	private String resolution;

	@Column(name = "resolved_on")
	private LocalDate resolvedOn;

	@Column(name = "created_by")
	private long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected QualityClaim() {
	}

	QualityClaim(Retention retention, ClaimForm form, long createdBy, Instant now) {
		this.retention = retention;
		this.description = form.description().strip();
		this.raisedOn = form.raisedOn();
		this.status = ClaimStatus.OPEN;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void resolve(String resolution, LocalDate on) {
		this.status = ClaimStatus.RESOLVED;
		this.resolution = resolution.strip();
		this.resolvedOn = on;
	}

	boolean open() {
		return status == ClaimStatus.OPEN;
	}

	Long getId() {
		return id;
	}

	String getDescription() {
		return description;
	}

	LocalDate getRaisedOn() {
		return raisedOn;
	}

	ClaimStatus getStatus() {
		return status;
	}

	String getResolution() {
		return resolution;
	}

	LocalDate getResolvedOn() {
		return resolvedOn;
	}

	long getVersion() {
		return version;
	}
}
