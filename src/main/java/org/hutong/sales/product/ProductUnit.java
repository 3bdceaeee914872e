package org.hutong.sales.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** 计量单位: one entry of the enterprise's unit list (台 · 套 · 面 · 米 · 千伏安), offered on the product form. */
@Entity
@Table(name = "sales_unit")
public class ProductUnit {

	static final int NAME_LENGTH = 10;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	private String name;

	private int position;

	protected ProductUnit() {
	}

	ProductUnit(String name, int position) {
		this.name = name;
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public int getPosition() {
		return position;
	}
}
