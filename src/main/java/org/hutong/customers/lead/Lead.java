package org.hutong.customers.lead;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.hutong.customers.customer.FollowUpDates;
import org.hutong.customers.naming.CompanyNames;
import org.hutong.shared.Pinyin;

/**
 * 线索: a prospect not yet qualified. It is worked (新线索 → 已联系 → 已确认), marked 无效, or converted
 * into a 客户 and a first 联系人, which it then names; a converted lead is read-only. Deleting is soft.
 */
@Entity
@EntityListeners(LeadKeyIndex.class)
@Table(name = "customers_lead")
public class Lead {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "company_name")
	private String companyName;

	@Column(name = "contact_name")
	private String contactName;

	private String mobile;

	private String phone;

	/** The code of the enterprise's 来源 option. */
	private String source;

	private String remarks;

	@Column(name = "owner_id")
	private Long ownerId;

	@Enumerated(EnumType.STRING)
	private LeadStatus status = LeadStatus.NEW;

	@Column(name = "converted_customer_id")
	private Long convertedCustomerId;

	@Column(name = "converted_contact_id")
	private Long convertedContactId;

	@Column(name = "converted_at")
	private Instant convertedAt;

	@Column(name = "name_normalised")
	private String nameNormalised;

	@Column(name = "name_pinyin")
	private String namePinyin;

	@Column(name = "name_initials")
	private String nameInitials;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Embedded
	private FollowUpDates followUps = FollowUpDates.of(null);

	@Version
	private long version;

	/** Company name or mobile changed since the search index was last written. */
	@Transient
	private boolean staleSearchKeys;

	protected Lead() {
	}

	/** A new lead, 新线索 unless the form says how far it got, owned by {@code ownerId}. */
	public Lead(LeadForm form, Long ownerId, Instant now) {
		this.ownerId = ownerId;
		this.createdAt = micros(now);
		describe(form, now);
	}

	/**
	 * Takes the form's details and status, and recomputes the name's search columns; the search index is
	 * rewritten ({@link LeadKeyIndex}) only when the company name or the mobile changed. The status
	 * may be a workable one, or stay what it is (an invalid lead edited without reopening it).
	 */
	public void describe(LeadForm form, Instant now) {
		requireOpen();
		if (!mayBecome(form.status())) {
			throw new IllegalArgumentException("not a status to set by editing: " + form.status());
		}
		staleSearchKeys |= id == null || !Objects.equals(companyName, form.companyName())
				|| !Objects.equals(mobile, form.mobile());
		this.companyName = form.companyName();
		this.contactName = form.contactName();
		this.mobile = form.mobile();
		this.phone = form.phone();
		this.source = form.source();
		this.remarks = form.remarks();
		this.status = form.status();
		this.nameNormalised = CompanyNames.normalise(form.companyName());
		this.namePinyin = Pinyin.full(form.companyName());
		this.nameInitials = Pinyin.initials(form.companyName());
		touch(now);
	}

	/** 无效: not worth pursuing. Editing it back to a workable status reopens it. */
	public void markInvalid(Instant now) {
		requireOpen();
		this.status = LeadStatus.INVALID;
		touch(now);
	}

	/** Records what the lead became; from now on it is read-only. */
	public void convert(long customerId, Long contactId, Instant now) {
		requireOpen();
		this.status = LeadStatus.CONVERTED;
		this.convertedCustomerId = customerId;
		this.convertedContactId = contactId;
		this.convertedAt = micros(now);
		touch(now);
	}

	/** A 跟进记录 on the lead was logged (a converted lead takes none). */
	public void followedUp(Instant at, LocalDate next) {
		requireOpen();
		this.followUps = FollowUpDates.of(followUps).after(at, next);
	}

	/** A follow-up was deleted: the last follow-up is now the latest one left, or none. */
	public void lastFollowedUp(Instant at) {
		this.followUps = FollowUpDates.of(followUps).withLast(at);
	}

	public Instant getLastFollowUpAt() {
		return FollowUpDates.of(followUps).getLastFollowUpAt();
	}

	public LocalDate getNextFollowUpOn() {
		return FollowUpDates.of(followUps).getNextFollowUpOn();
	}

	public void delete(Instant now) {
		requireOpen();
		this.deletedAt = micros(now);
		touch(now);
	}

	/** Whether editing may set this status: a workable one, or the one it has. */
	public boolean mayBecome(LeadStatus next) {
		return next.isWorkable() || next == status;
	}

	public boolean isConverted() {
		return status == LeadStatus.CONVERTED;
	}

	public boolean isDeleted() {
		return deletedAt != null;
	}

	private void requireOpen() {
		if (deletedAt != null) {
			throw new IllegalStateException("lead deleted");
		}
		if (isConverted()) {
			throw new LeadAlreadyConverted();
		}
	}

	private void touch(Instant now) {
		this.updatedAt = micros(now);
	}

	/** Both databases keep microseconds; a keyset cursor must compare what was stored. */
	private static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	/** For {@link LeadKeyIndex}: whether the search keys must be rewritten; answers true once per change. */
	boolean takeStaleSearchKeys() {
		boolean stale = staleSearchKeys;
		staleSearchKeys = false;
		return stale;
	}

	Long getTenantId() {
		return tenantId;
	}

	public Long getId() {
		return id;
	}

	public String getCompanyName() {
		return companyName;
	}

	public String getContactName() {
		return contactName;
	}

	public String getMobile() {
		return mobile;
	}

	public String getPhone() {
		return phone;
	}

	public String getSource() {
		return source;
	}

	public String getRemarks() {
		return remarks;
	}

	public Long getOwnerId() {
		return ownerId;
	}

	public LeadStatus getStatus() {
		return status;
	}

	public Long getConvertedCustomerId() {
		return convertedCustomerId;
	}

	public Long getConvertedContactId() {
		return convertedContactId;
	}

	public Instant getConvertedAt() {
		return convertedAt;
	}

	public String getNamePinyin() {
		return namePinyin;
	}

	public String getNameInitials() {
		return nameInitials;
	}

	public String getNameNormalised() {
		return nameNormalised;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
