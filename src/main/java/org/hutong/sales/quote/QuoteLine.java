package org.hutong.sales.quote;

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

/** 报价明细: what is offered on one line, at what price, and its amounts (see {@link QuoteMath}). */
@Entity
@Table(name = "sales_quote_line")
public class QuoteLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "quote_id")
	private Quote quote;

	private int position;

	@Column(name = "product_id")
	private Long productId;

	private String name;

	private String spec;

	private String unit;

	private BigDecimal quantity;

	@Column(name = "unit_price")
	private BigDecimal unitPrice;

	@Column(name = "reference_price")
	private BigDecimal referencePrice;

	private BigDecimal discount;

	@Column(name = "tax_rate")
	private BigDecimal taxRate;

	private BigDecimal net;

	private BigDecimal tax;

	private BigDecimal total;

	protected QuoteLine() {
	}

	QuoteLine(Quote quote, int position, LinePricing.Priced line) {
		this.quote = quote;
		this.position = position;
		this.productId = line.productId();
		this.name = line.name();
		this.spec = line.spec();
		this.unit = line.unit();
		this.quantity = line.quantity();
		this.unitPrice = line.unitPrice();
		this.referencePrice = line.referencePrice();
		this.discount = line.discount();
		this.taxRate = line.taxRate();
		this.net = line.amounts().net();
		this.tax = line.amounts().tax();
		this.total = line.amounts().total();
	}

	public int getPosition() {
		return position;
	}

	public Long getProductId() {
		return productId;
	}

	public String getName() {
		return name;
	}

	public String getSpec() {
		return spec;
	}

	public String getUnit() {
		return unit;
	}

	public BigDecimal getQuantity() {
		return quantity;
	}

	public BigDecimal getUnitPrice() {
		return unitPrice;
	}

	public BigDecimal getReferencePrice() {
		return referencePrice;
	}

	public BigDecimal getDiscount() {
		return discount;
	}

	public BigDecimal getTaxRate() {
		return taxRate;
	}

	public BigDecimal getNet() {
		return net;
	}

	public BigDecimal getTax() {
		return tax;
	}

	public BigDecimal getTotal() {
		return total;
	}
}
