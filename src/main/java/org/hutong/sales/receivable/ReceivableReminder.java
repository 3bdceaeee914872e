package org.hutong.sales.receivable;

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

/** A morning reminder sent for a term (contract and position), of a kind, for its due day: never sent twice. */
@Entity
@Table(name = "sales_receivable_reminder")
class ReceivableReminder {

	/** 即将到期 (a notice), 到期 ({@code TermFallenDue}), 逾期 (a notice). */
	enum Kind {
		SOON, DUE, OVERDUE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "contract_id")
	private long contractId;

	@Column(name = "term_position")
	private int termPosition;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Column(name = "due_on")
	private LocalDate dueOn;

	@Column(name = "sent_at")
	private Instant sentAt;

	protected ReceivableReminder() {
	}

	ReceivableReminder(long contractId, int termPosition, Kind kind, LocalDate dueOn, Instant sentAt) {
		this.contractId = contractId;
		this.termPosition = termPosition;
		this.kind = kind;
		this.dueOn = dueOn;
		this.sentAt = sentAt;
	}

	Long getId() {
		return id;
	}
}
