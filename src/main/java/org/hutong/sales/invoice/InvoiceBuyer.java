package org.hutong.sales.invoice;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * The buyer's tax details last requested for a customer (名称, 纳税人识别号, 地址电话, 开户行及账号),
 * offered again on its next invoice request. Sales keeps them, by the customer's id only.
 */
@Entity
@Table(name = "sales_invoice_buyer")
class InvoiceBuyer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "customer_id")
	private long customerId;

	private String name;

	@Column(name = "tax_number")
	private String taxNumber;

	@Column(name = "address_phone")
	private String addressPhone;

	@Column(name = "bank_account")
	private String bankAccount;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected InvoiceBuyer() {
	}

	InvoiceBuyer(long customerId) {
		this.customerId = customerId;
	}

	/** The details of this request are the ones to offer next time. */
	InvoiceBuyer remember(InvoiceForm form, String taxNumber, Instant now) {
		this.name = form.buyerName();
		this.taxNumber = taxNumber;
		this.addressPhone = form.buyerAddressPhone();
		this.bankAccount = form.buyerBankAccount();
		this.updatedAt = now;
		return this;
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	String getTaxNumber() {
		return taxNumber;
	}

	String getAddressPhone() {
		return addressPhone;
	}

	String getBankAccount() {
		return bankAccount;
	}
}
