package org.hutong.identity.department;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** 部门: a node of the organisation tree. */
@Entity
@Table(name = "identity_department")
public class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "parent_id")
	private Long parentId;

	private String name;

	@Column(name = "leader_id")
	private Long leaderId;

	@Column(name = "sort_order")
	private int sortOrder;

	@Version
	private long version;

	protected Department() {
	}

	public Department(String name, Long parentId, Long leaderId, int sortOrder) {
		update(name, parentId, leaderId, sortOrder);
	}

	public void update(String name, Long parentId, Long leaderId, int sortOrder) {
		this.name = name;
		this.parentId = parentId;
		this.leaderId = leaderId;
		this.sortOrder = sortOrder;
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

	public Long getLeaderId() {
		return leaderId;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public long getVersion() {
		return version;
	}
}
