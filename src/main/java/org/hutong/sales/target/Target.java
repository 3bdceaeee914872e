package org.hutong.sales.target;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/** 销售目标: what one person or department should sign (or collect) in one month. */
@Entity
@Table(name = "sales_target")
public class Target {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_kind")
	private TargetSubject subjectKind;

	@Column(name = "subject_id")
	private long subjectId;

	@Enumerated(EnumType.STRING)
	private TargetMetric metric;

	@Column(name = "target_year")
	private int year;

	@Column(name = "target_month")
	private int month;

	private BigDecimal amount;

	@Column(name = "updated_by")
	private long updatedBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Target() {
	}

	Target(TargetSubject subjectKind, long subjectId, TargetMetric metric, int year, int month) {
		this.subjectKind = subjectKind;
		this.subjectId = subjectId;
		this.metric = metric;
		this.year = year;
		this.month = month;
	}

	void set(BigDecimal amount, long by, Instant now) {
		this.amount = amount;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public TargetSubject getSubjectKind() {
		return subjectKind;
	}

	public long getSubjectId() {
		return subjectId;
	}

	public TargetMetric getMetric() {
		return metric;
	}

	public int getYear() {
		return year;
	}

	public int getMonth() {
		return month;
	}

	public BigDecimal getAmount() {
		return amount;
	}
}
