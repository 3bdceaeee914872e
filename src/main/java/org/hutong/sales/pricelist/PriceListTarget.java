package org.hutong.sales.pricelist;

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

/** Whom a price list applies to: one customer level (its option code) or one customer. */
@Entity
@Table(name = "sales_price_list_target")
class PriceListTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "price_list_id")
	private PriceList priceList;

	@Column(name = "customer_level")
	private String customerLevel;

	@Column(name = "customer_id")
	private Long customerId;

	protected PriceListTarget() {
	}

	static PriceListTarget level(PriceList list, String level) {
		PriceListTarget target = new PriceListTarget();
		target.priceList = list;
		target.customerLevel = level;
		return target;
	}

	static PriceListTarget customer(PriceList list, long customerId) {
		PriceListTarget target = new PriceListTarget();
		target.priceList = list;
		target.customerId = customerId;
		return target;
	}

	String getCustomerLevel() {
		return customerLevel;
	}

	Long getCustomerId() {
		return customerId;
	}
}
