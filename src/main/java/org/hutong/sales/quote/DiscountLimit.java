package org.hutong.sales.quote;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** 折扣权限: the deepest discount a holder of the role may give without approval, in percent. */
@Entity
@Table(name = "sales_discount_limit")
public class DiscountLimit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "role_id")
	private long roleId;

	@Column(name = "max_discount")
	private BigDecimal maxDiscount;

	protected DiscountLimit() {
	}

	DiscountLimit(long roleId, BigDecimal maxDiscount) {
		this.roleId = roleId;
		this.maxDiscount = maxDiscount;
	}

	void change(BigDecimal newMax) {
		this.maxDiscount = newMax;
	}

	public long getRoleId() {
		return roleId;
	}

	public BigDecimal getMaxDiscount() {
		return maxDiscount;
	}
}
