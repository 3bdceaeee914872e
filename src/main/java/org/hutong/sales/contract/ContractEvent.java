package org.hutong.sales.contract;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.hutong.sales.collection.TriggerEvent;

/** The day something a payment term waits for happened under the contract or one of its batches: all shipped, all arrived, accepted … */
@Entity
@Table(name = "sales_contract_event")
class ContractEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "contract_id")
	private Contract contract;

	@Enumerated(EnumType.STRING)
	private TriggerEvent kind;

	@Column(name = "on_day")
	private LocalDate onDay;

	/** The batch the event is of; 0 for the whole contract. */
	private int batch;

	protected ContractEvent() {
	}

	ContractEvent(Contract contract, TriggerEvent kind, Integer batch, LocalDate onDay) {
		this.contract = contract;
		this.kind = kind;
		this.batch = batch == null ? 0 : batch;
		this.onDay = onDay;
	}

	/** The batch's number, null for the whole contract. */
	Integer batch() {
		return batch == 0 ? null : batch;
	}

	TriggerEvent getKind() {
		return kind;
	}

	LocalDate getOnDay() {
		return onDay;
	}

	void moveTo(LocalDate day) {
		this.onDay = day;
	}
}
