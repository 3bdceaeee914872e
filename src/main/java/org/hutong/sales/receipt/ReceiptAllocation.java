package org.hutong.sales.receipt;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** So much of a receipt for one of the contract's terms. */
@Entity
@Table(name = "sales_receipt_allocation")
class ReceiptAllocation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "receipt_id")
	private Receipt receipt;

	@Column(name = "term_position")
	private int termPosition;

	private BigDecimal amount;

	protected ReceiptAllocation() {
	}

	ReceiptAllocation(Receipt receipt, int termPosition, BigDecimal amount) {
		this.receipt = receipt;
		this.termPosition = termPosition;
		this.amount = amount;
	}

	int getTermPosition() {
		return termPosition;
	}

	BigDecimal getAmount() {
		return amount;
	}
}
