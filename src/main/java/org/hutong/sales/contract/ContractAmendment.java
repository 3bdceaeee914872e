package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.hutong.sales.collection.Batch;

/**
 * 补充协议: a change to a contract in effect, approved on its own. It keeps the contract's amount and
 * terms as they were when it was made and as they are to be, so what changed stays visible after
 * it is applied.
 */
@Entity
@Table(name = "sales_contract_amendment")
class ContractAmendment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "contract_id")
	private long contractId;

	private String number;

	private String reason;

	@Column(name = "signed_on")
	private LocalDate signedOn;

	@Column(name = "tax_rate")
	private BigDecimal taxRate;

	@Column(name = "before_total")
	private BigDecimal beforeTotal;

	@Column(name = "after_total")
	private BigDecimal afterTotal;

	@Convert(converter = TermsJson.class)
	@Column(name = "before_terms")
	private List<TermForm> beforeTerms;

	@Convert(converter = TermsJson.class)
	@Column(name = "after_terms")
	private List<TermForm> afterTerms;

	/** 分批交付 before and after, as stored on the contract ("40/60"; null: at once). */
	@Column(name = "before_batches")
	private String beforeBatches;

	@Column(name = "after_batches")
	private String afterBatches;

	@Enumerated(EnumType.STRING)
	private AmendmentStatus status;

	@Column(name = "approval_request_id")
	private Long approvalRequestId;

	@Column(name = "created_by")
	private long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Version
	private long version;

	protected ContractAmendment() {
	}

	ContractAmendment(Contract contract, String number, AmendmentForm form, List<Batch> batches, long createdBy,
			Instant now) {
		this.contractId = contract.getId();
		this.number = number;
		this.reason = form.reason();
		this.signedOn = form.signedOn();
		this.taxRate = form.taxRate();
		this.beforeTotal = contract.getTotal();
		this.afterTotal = form.total();
		this.beforeTerms = contract.getTerms().stream().map(ContractTerm::form).toList();
		this.afterTerms = List.copyOf(form.terms());
		this.beforeBatches = BatchShares.format(contract.batches());
		this.afterBatches = BatchShares.format(batches);
		this.status = AmendmentStatus.APPROVING;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void submitted(long requestId) {
		this.approvalRequestId = requestId;
	}

	void decided(AmendmentStatus outcome, Instant now) {
		this.status = outcome;
		this.decidedAt = now;
	}

	BigDecimal difference() {
		return afterTotal.subtract(beforeTotal);
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

	String getReason() {
		return reason;
	}

	LocalDate getSignedOn() {
		return signedOn;
	}

	BigDecimal getTaxRate() {
		return taxRate;
	}

	BigDecimal getBeforeTotal() {
		return beforeTotal;
	}

	BigDecimal getAfterTotal() {
		return afterTotal;
	}

	List<TermForm> getBeforeTerms() {
		return beforeTerms;
	}

	List<TermForm> getAfterTerms() {
		return afterTerms;
	}

	String getBeforeBatches() {
		return beforeBatches;
	}

	String getAfterBatches() {
		return afterBatches;
	}

	/** The batches the contract delivers in once this applies. */
	List<Batch> afterBatches() {
		return BatchShares.parse(afterBatches).orElse(List.of());
	}

	AmendmentStatus getStatus() {
		return status;
	}

	Long getApprovalRequestId() {
		return approvalRequestId;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}

	long getVersion() {
		return version;
	}
}
