package org.hutong.sales.opportunity;

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

/** 产品明细: a product on the deal with its quantity, unit price before tax and discount in percent. */
@Entity
@Table(name = "sales_opportunity_line")
public class OpportunityLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "opportunity_id")
	private Opportunity opportunity;

	private int position;

	@Column(name = "product_id")
	private long productId;

	private BigDecimal quantity;

	@Column(name = "unit_price")
	private BigDecimal unitPrice;

	private BigDecimal discount;

	protected OpportunityLine() {
	}

	OpportunityLine(Opportunity opportunity, int position, long productId, BigDecimal quantity, BigDecimal unitPrice,
			BigDecimal discount) {
		this.opportunity = opportunity;
		this.position = position;
		this.productId = productId;
		this.quantity = quantity;
		this.unitPrice = unitPrice;
		this.discount = discount;
	}

	public int getPosition() {
		return position;
	}

	public long getProductId() {
		return productId;
	}

	public BigDecimal getQuantity() {
		return quantity;
	}

	public BigDecimal getUnitPrice() {
		return unitPrice;
	}

	public BigDecimal getDiscount() {
		return discount;
	}

	public BigDecimal total() {
		return LineForm.total(quantity, unitPrice, discount);
	}
}
