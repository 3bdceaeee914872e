package org.hutong.sales.delivery;

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

/** 发货明细: how much of one contract line went out on a delivery. */
@Entity
@Table(name = "sales_delivery_line")
class DeliveryLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "delivery_id")
	private Delivery delivery;

	@Column(name = "contract_line_id")
	private long contractLineId;

	private BigDecimal quantity;

	protected DeliveryLine() {
	}

	DeliveryLine(Delivery delivery, long contractLineId, BigDecimal quantity) {
		this.delivery = delivery;
		this.contractLineId = contractLineId;
		this.quantity = quantity;
	}

	long getContractLineId() {
		return contractLineId;
	}

	BigDecimal getQuantity() {
		return quantity;
	}
}
