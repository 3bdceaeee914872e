package org.hutong.sales.pricelist;

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

/** One product's price on a price list, in yuan before tax. */
@Entity
@Table(name = "sales_price_list_item")
public class PriceListItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "price_list_id")
	private PriceList priceList;

	@Column(name = "product_id")
	private long productId;

	private BigDecimal price;

	protected PriceListItem() {
	}

	PriceListItem(PriceList priceList, long productId, BigDecimal price) {
		this.priceList = priceList;
		this.productId = productId;
		this.price = price;
	}

	void reprice(BigDecimal newPrice) {
		this.price = newPrice;
	}

	public long getProductId() {
		return productId;
	}

	public BigDecimal getPrice() {
		return price;
	}
}
