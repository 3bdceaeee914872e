package org.hutong.customers.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** 协作人: a user a customer is shared with; an entity of its own so the row carries its tenant. */
@Entity
@Table(name = "customers_team_member")
public class TeamMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "customer_id")
	private Customer customer;

	@Column(name = "user_id")
	private long userId;

	@Enumerated(EnumType.STRING)
	private TeamAccess access;

	protected TeamMember() {
	}

	TeamMember(Customer customer, long userId, TeamAccess access) {
		this.customer = customer;
		this.userId = userId;
		this.access = access;
	}

	void grant(TeamAccess access) {
		this.access = access;
	}

	public long getUserId() {
		return userId;
	}

	public TeamAccess getAccess() {
		return access;
	}
}
