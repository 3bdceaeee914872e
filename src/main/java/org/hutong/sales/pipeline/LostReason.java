package org.hutong.sales.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** 输单原因: one entry of the enterprise's list, asked for when an opportunity is lost. */
@Entity
@Table(name = "sales_lost_reason")
public class LostReason {

	static final int NAME_LENGTH = 30;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	private String name;

	private int position;

	protected LostReason() {
	}

	LostReason(String name, int position) {
		this.name = name;
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}
}
