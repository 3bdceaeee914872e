package org.hutong.sales.receipt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * 回款记录: money received under a contract, spread over its terms (by the term's index in order, from
 * 0). It counts as collected once finance confirmed it; a 承兑汇票 counts then too, though it is cash
 * only at maturity.
 */
@Entity
@Table(name = "sales_receipt")
class Receipt {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "contract_id")
	private long contractId;

	private String number;

	@Column(name = "received_on")
	private LocalDate receivedOn;

	private BigDecimal amount;

	@Enumerated(EnumType.STRING)
	private ReceiptMethod method;

	@Column(name = "payer_account")
	private String payerAccount;

	@Column(name = "draft_number")
	private String draftNumber;

	@Column(name = "draft_bank")
	private String draftBank;

	@Column(name = "draft_issued_on")
	private LocalDate draftIssuedOn;

	@Column(name = "draft_matures_on")
	private LocalDate draftMaturesOn;

	private String remarks;

	@Enumerated(EnumType.STRING)
	private ReceiptStatus status;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	private String rejection;

	@Column(name = "created_by")
	private long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "receipt", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("termPosition")
	private List<ReceiptAllocation> allocations = new ArrayList<>();

	protected Receipt() {
	}

	Receipt(long contractId, String number, ReceiptForm form, Map<Integer, BigDecimal> spread, long author, Instant now) {
		this.contractId = contractId;
		this.number = number;
		this.receivedOn = form.receivedOn();
		this.amount = form.amount();
		this.method = form.method();
		this.payerAccount = form.payerAccount();
		boolean draft = form.method() == ReceiptMethod.DRAFT;
		this.draftNumber = draft ? form.draftNumber() : null;
		this.draftBank = draft ? form.draftBank() : null;
		this.draftIssuedOn = draft ? form.draftIssuedOn() : null;
		this.draftMaturesOn = draft ? form.draftMaturesOn() : null;
		this.remarks = form.remarks();
		this.status = ReceiptStatus.RECORDED;
		this.createdBy = author;
		this.createdAt = now;
		spread.forEach((term, part) -> allocations.add(new ReceiptAllocation(this, term, part)));
	}

	void confirm(long by, Instant now) {
		this.status = ReceiptStatus.CONFIRMED;
		this.decidedBy = by;
		this.decidedAt = now;
	}

	void reject(long by, String why, Instant now) {
		this.status = ReceiptStatus.REJECTED;
		this.decidedBy = by;
		this.decidedAt = now;
		this.rejection = why;
	}

	Long getId() {
		return id;
	}

	long getContractId() {
		return contractId;
	}

	String getNumber() {
		return number;
	}

	LocalDate getReceivedOn() {
		return receivedOn;
	}

	BigDecimal getAmount() {
		return amount;
	}

	ReceiptMethod getMethod() {
		return method;
	}

	String getPayerAccount() {
		return payerAccount;
	}

	String getDraftNumber() {
		return draftNumber;
	}

	String getDraftBank() {
		return draftBank;
	}

	LocalDate getDraftIssuedOn() {
		return draftIssuedOn;
	}

	LocalDate getDraftMaturesOn() {
		return draftMaturesOn;
	}

	String getRemarks() {
		return remarks;
	}

	ReceiptStatus getStatus() {
		return status;
	}

	String getRejection() {
		return rejection;
	}

	long getVersion() {
		return version;
	}

	List<ReceiptAllocation> getAllocations() {
		return allocations;
	}
}
