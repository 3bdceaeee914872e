package org.hutong.sales.contract;

import java.time.Instant;
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

/**
 * 变更记录 of the 回款计划: a term's due day moved after the contract left draft, because an event's
 * date was recorded anew, corrected or undone. {@code cause} is the event kind when known; either
 * date is null when the term had none, or has none any more.
 */
@Entity
@Table(name = "sales_contract_term_change")
public class ContractTermChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "contract_id")
	private Contract contract;

	@Column(name = "term_position")
	private int termPosition;

	@Column(name = "term_name")
	private String termName;

	@Enumerated(EnumType.STRING)
	private TriggerEvent cause;

	@Column(name = "due_before")
	private LocalDate dueBefore;

	@Column(name = "due_after")
	private LocalDate dueAfter;

	@Column(name = "changed_at")
	private Instant changedAt;

	protected ContractTermChange() {
	}

	ContractTermChange(Contract contract, ContractTerm term, TriggerEvent cause, LocalDate before, LocalDate after,
			Instant now) {
		this.contract = contract;
		this.termPosition = term.getPosition();
		this.termName = term.getName();
		this.cause = cause;
		this.dueBefore = before;
		this.dueAfter = after;
		this.changedAt = now;
	}

	public Long getId() {
		return id;
	}

	public int getTermPosition() {
		return termPosition;
	}

	public TriggerEvent getCause() {
		return cause;
	}

	public LocalDate getDueBefore() {
		return dueBefore;
	}

	public LocalDate getDueAfter() {
		return dueAfter;
	}
}
