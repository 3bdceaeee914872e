package org.hutong.sales.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** 产品分类: a node of the enterprise's category tree (开关柜 › 中置柜); {@code parentId} null at the top. */
@Entity
@Table(name = "sales_product_category")
public class Category {

	static final int NAME_LENGTH = 50;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "parent_id")
	private Long parentId;

	private String name;

	private int position;

	@Version
	private long version;

	protected Category() {
	}

	Category(String name, Long parentId, int position) {
		this.name = name;
		this.parentId = parentId;
		this.position = position;
	}

	void rename(String newName) {
		this.name = newName;
	}

	void moveUnder(Long parent) {
		this.parentId = parent;
	}

	public Long getId() {
		return id;
	}

	public Long getParentId() {
		return parentId;
	}

	public String getName() {
		return name;
	}

	public int getPosition() {
		return position;
	}
}
