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

/** One row of an invoice as requested: name, amount with tax, rate, and the tax on the row. */
@Entity
@Table(name = "sales_invoice_line")
class InvoiceLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "invoice_id")
	private Invoice invoice;

	private int position;

	private String name;

	private BigDecimal amount;

	@Column(name = "tax_rate")
	private BigDecimal taxRate;

	private BigDecimal tax;

	protected InvoiceLine() {
	}

	InvoiceLine(Invoice invoice, int position, InvoiceLines.Item item) {
		this.invoice = invoice;
		this.position = position;
		this.name = item.name();
		this.amount = item.amount();
		this.taxRate = item.taxRate();
		this.tax = item.tax();
	}

	int getPosition() {
		return position;
	}

	/** The row as it was split when requested. */
	InvoiceLines.Item item() {
		return new InvoiceLines.Item(name, amount, taxRate, amount.subtract(tax), tax);
	}
}
