package org.hutong.customers.contact;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** 联系人: a person at a customer. Refers to its customer by id; deleting is soft. */
@Entity
@Table(name = "customers_contact")
public class Contact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "customer_id")
	private long customerId;

	private String name;

	private String mobile;

	/**
	 * The mobile while the contact and its customer are live, else {@code null}: the database's rule
	 * that a mobile is one live contact's (V26). Its customer's recycling clears it.
	 */
	@Column(name = "live_mobile")
	private String liveMobile;

	private String phone;

	private String email;

	private String wechat;

	private String title;

	private String department;

	@Column(name = "decision_maker")
	private boolean decisionMaker;

	private String remarks;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Version
	private long version;

	protected Contact() {
	}

	public Contact(long customerId, ContactForm form, Instant now) {
		this.customerId = customerId;
		this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
		describe(form, now);
	}

	public void describe(ContactForm form, Instant now) {
		if (deletedAt != null) {
			throw new IllegalStateException("contact deleted");
		}
		this.name = form.name();
		this.mobile = form.mobile();
		this.liveMobile = form.mobile();
		this.phone = form.phone();
		this.email = form.email();
		this.wechat = form.wechat();
		this.title = form.title();
		this.department = form.department();
		this.decisionMaker = form.decisionMaker();
		this.remarks = form.remarks();
		this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	public void delete(Instant now) {
		if (deletedAt == null) {
			this.deletedAt = now.truncatedTo(ChronoUnit.MICROS);
			this.updatedAt = deletedAt;
			this.liveMobile = null;
		}
	}

	public boolean isDeleted() {
		return deletedAt != null;
	}

	public Long getId() {
		return id;
	}

	public long getCustomerId() {
		return customerId;
	}

	public String getName() {
		return name;
	}

	public String getMobile() {
		return mobile;
	}

	public String getPhone() {
		return phone;
	}

	public String getEmail() {
		return email;
	}

	public String getWechat() {
		return wechat;
	}

	public String getTitle() {
		return title;
	}

	public String getDepartment() {
		return department;
	}

	public boolean isDecisionMaker() {
		return decisionMaker;
	}

	public String getRemarks() {
		return remarks;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
