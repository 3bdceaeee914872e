package org.hutong.sales.contract;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A morning reminder sent for a contract and its end date: never sent twice. */
@Entity
@Table(name = "sales_contract_expiry_reminder")
class ContractExpiryReminder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "contract_id")
	private long contractId;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@Column(name = "sent_at")
	private Instant sentAt;

	protected ContractExpiryReminder() {
	}

	ContractExpiryReminder(long contractId, LocalDate endsOn, Instant sentAt) {
		this.contractId = contractId;
		this.endsOn = endsOn;
		this.sentAt = sentAt;
	}

	Long getId() {
		return id;
	}
}
