package org.hutong.sales.retention;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A morning reminder sent for a bank guarantee (its retention) and its expiry day: never sent twice. */
@Entity
@Table(name = "sales_guarantee_reminder")
class GuaranteeReminder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "retention_id")
	private long retentionId;

	@Column(name = "expires_on")
	private LocalDate expiresOn;

	@Column(name = "sent_at")
	private Instant sentAt;

	protected GuaranteeReminder() {
	}

	GuaranteeReminder(long retentionId, LocalDate expiresOn, Instant sentAt) {
		this.retentionId = retentionId;
		this.expiresOn = expiresOn;
		this.sentAt = sentAt;
	}

	Long getId() {
		return id;
	}
}
