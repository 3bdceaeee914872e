package org.hutong.sales.delivery;

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

/** 验收: the customer accepted the contract's goods, initially (初验) or finally (终验). */
@Entity
@Table(name = "sales_acceptance")
class Acceptance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "contract_id")
	private long contractId;

	@Enumerated(EnumType.STRING)
	private AcceptanceKind kind;

	@Column(name = "accepted_on")
	private LocalDate acceptedOn;

	@Column(name = "accepted_by")
	private String acceptedBy;

	@Column(name = "document_no")
	private String documentNo;

	private String remarks;

	/** The batch accepted; 0 for the whole contract. */
	private int batch;

	@Column(name = "created_by")
	private long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Acceptance() {
	}

	Acceptance(long contractId, AcceptanceForm form, long author, Instant now) {
		this.contractId = contractId;
		this.kind = form.kind();
		this.acceptedOn = form.acceptedOn();
		this.acceptedBy = form.acceptedBy();
		this.documentNo = form.documentNo();
		this.remarks = form.remarks();
		this.batch = form.batch() == null ? 0 : form.batch();
		this.createdBy = author;
		this.createdAt = now;
	}

	Long getId() {
		return id;
	}

	/** The batch's number, null when the whole contract was accepted. */
	Integer batch() {
		return batch == 0 ? null : batch;
	}

	AcceptanceKind getKind() {
		return kind;
	}

	LocalDate getAcceptedOn() {
		return acceptedOn;
	}

	String getAcceptedBy() {
		return acceptedBy;
	}

	String getDocumentNo() {
		return documentNo;
	}

	String getRemarks() {
		return remarks;
	}
}
