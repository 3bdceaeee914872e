package org.hutong.sales.contract;

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

/** 合同明细: one line as contracted, with its amounts rounded to the fen (tax on the line, then summed). */
@Entity
@Table(name = "sales_contract_line")
public class ContractLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "contract_id")
	private Contract contract;

	private int position;

	@Column(name = "product_id")
	private Long productId;

	private String name;

	private String spec;

	private String unit;

	private BigDecimal quantity;

	@Column(name = "unit_price")
	private BigDecimal unitPrice;

	private BigDecimal discount;

	@Column(name = "tax_rate")
	private BigDecimal taxRate;

	private BigDecimal net;

	private BigDecimal tax;

	private BigDecimal total;

	/**
	 * A line as it is taken over, its amounts already worked out by the quote's rules.
	 *
	 * @param net the amount before tax, with every discount in it
	 */
	public record Priced(Long productId, String name, String spec, String unit, BigDecimal quantity,
			BigDecimal unitPrice, BigDecimal discount, BigDecimal taxRate, BigDecimal net, BigDecimal tax,
			BigDecimal total) {
	}

	protected ContractLine() {
	}

	ContractLine(Contract contract, int position, Priced priced) {
		this.contract = contract;
		this.position = position;
		this.productId = priced.productId();
		this.name = priced.name();
		this.spec = priced.spec();
		this.unit = priced.unit();
		this.quantity = priced.quantity();
		this.unitPrice = priced.unitPrice();
		this.discount = priced.discount();
		this.taxRate = priced.taxRate();
		this.net = priced.net();
		this.tax = priced.tax();
		this.total = priced.total();
	}

	public Long getId() {
		return id;
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
