package org.hutong.sales.opportunity;

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

/** One of the customer's contacts on the deal, with the role they play in it. */
@Entity
@Table(name = "sales_opportunity_contact")
public class OpportunityContact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "opportunity_id")
	private Opportunity opportunity;

	@Column(name = "contact_id")
	private long contactId;

	@Enumerated(EnumType.STRING)
	private ContactRole role;

	protected OpportunityContact() {
	}

	OpportunityContact(Opportunity opportunity, long contactId, ContactRole role) {
		this.opportunity = opportunity;
		this.contactId = contactId;
		this.role = role;
	}

	void cast(ContactRole newRole) {
		this.role = newRole;
	}

	public long getContactId() {
		return contactId;
	}

	public ContactRole getRole() {
		return role;
	}
}
