package org.hutong.sales.invoice;

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

/** So much of an invoice for one of the contract's terms (by the term's index in order, from 0). */
@Entity
@Table(name = "sales_invoice_term")
class InvoiceTerm {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "invoice_id")
	private Invoice invoice;

	@Column(name = "term_position")
	private int termPosition;

	private BigDecimal amount;

	protected InvoiceTerm() {
	}

	InvoiceTerm(Invoice invoice, int termPosition, BigDecimal amount) {
		this.invoice = invoice;
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
