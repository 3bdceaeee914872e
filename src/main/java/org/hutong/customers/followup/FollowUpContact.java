package org.hutong.customers.followup;

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

/** A 联系人 who took part in a follow-up; an entity of its own so the row carries its tenant. */
@Entity
@Table(name = "customers_follow_up_contact")
class FollowUpContact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "follow_up_id")
	private FollowUp followUp;

	@Column(name = "contact_id")
	private long contactId;

	protected FollowUpContact() {
	}

	FollowUpContact(FollowUp followUp, long contactId) {
		this.followUp = followUp;
		this.contactId = contactId;
	}

	long getContactId() {
		return contactId;
	}
}
