package org.hutong.sales.opportunity;

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

/** A colleague on the deal's team besides its owner. */
@Entity
@Table(name = "sales_opportunity_member")
public class OpportunityMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "opportunity_id")
	private Opportunity opportunity;

	@Column(name = "user_id")
	private long userId;

	protected OpportunityMember() {
	}

	OpportunityMember(Opportunity opportunity, long userId) {
		this.opportunity = opportunity;
		this.userId = userId;
	}

	public long getUserId() {
		return userId;
	}
}
