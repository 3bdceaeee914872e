package org.hutong.customers.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * 客户: an organisation we sell to. Owned by one user, or by nobody while in the public pool (公海);
 * shared with 协作人. Deleting is soft: the row stays for the recycle bin. Its name keys (normalised
 * name, pinyin, initials) are kept in step with the name, and its rows of the search index by
 * {@link SearchKeyIndex}.
 */
@Entity
@EntityListeners(SearchKeyIndex.class)
@Table(name = "customers_customer")
public class Customer {

	/** Column sizes that forms and filters check against, so a longer value never reaches the database. */
	public static final int NAME_LENGTH = 100;

	public static final int LEVEL_LENGTH = 20;

	public static final int INDUSTRY_LENGTH = 30;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(length = NAME_LENGTH)
	private String name;

	@Column(name = "short_name")
	private String shortName;

	@Column(name = "credit_code")
	private String creditCode;

	/** Codes of the enterprise's 客户级别, 行业 and 来源 options ({@code customers/option}). */
	@Column(length = LEVEL_LENGTH)
	private String level;

	@Column(length = INDUSTRY_LENGTH)
	private String industry;

	private String source;

	@Enumerated(EnumType.STRING)
	private CustomerStatus status = CustomerStatus.POTENTIAL;

	@Embedded
	private CustomerLocation location = new CustomerLocation();

	private String phone;

	private String website;

	private String remarks;

	@Column(name = "owner_id")
	private Long ownerId;

	@Embedded
	private NameKeys keys;

	/** The normalised name while the customer is live, else {@code null}: the database's duplicate rule (V26). */
	@Column(name = "live_name")
	private String liveName;

	@Embedded
	private FollowUpDates followUps = FollowUpDates.of(null);

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	/** When a deal with the customer was last won (sales says so); the 公海 rule "M days without a won deal" reads it. */
	@Column(name = "last_won_at")
	private Instant lastWonAt;

	/** The customer this one was merged into (合并); it then stays in the recycle bin for good. */
	@Column(name = "merged_into_id")
	private Long mergedIntoId;

	@Version
	private long version;

	@OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
	private Set<TeamMember> team = new LinkedHashSet<>();

	/** Name, short name or credit code changed since the search index was last written. */
	@Transient
	private boolean staleSearchKeys;

	protected Customer() {
	}

	/** A new customer owned by {@code ownerId}, or put straight into the pool when it is {@code null}. */
	public Customer(CustomerForm form, Long ownerId, long createdBy, Instant now) {
		this.ownerId = ownerId;
		this.createdBy = createdBy;
		this.createdAt = micros(now);
		describe(form, now);
	}

	/** Takes the form's details and recomputes the search keys from the name. */
	public void describe(CustomerForm form, Instant now) {
		requireLive();
		staleSearchKeys |= id == null || !Objects.equals(name, form.name())
				|| !Objects.equals(shortName, form.shortName()) || !Objects.equals(creditCode, form.creditCode());
		this.name = form.name();
		this.shortName = form.shortName();
		this.creditCode = form.creditCode();
		this.level = form.level();
		this.industry = form.industry();
		this.source = form.source();
		this.status = form.status();
		this.location = new CustomerLocation(form.province(), form.city(), form.county(), form.address());
		this.phone = form.phone();
		this.website = form.website();
		this.remarks = form.remarks();
		this.keys = NameKeys.of(form.name());
		keepLiveName();
		touch(now);
	}

	/** Moves the customer to the recycle bin; it keeps its data, contacts and team. */
	public void delete(Instant now) {
		requireLive();
		this.deletedAt = micros(now);
		keepLiveName();
		touch(now);
	}

	/** Takes the customer out of the recycle bin; one merged into another stays there. */
	public void restore(Instant now) {
		if (deletedAt == null || mergedIntoId != null) {
			throw new CustomerRefused("customer.restore.merged");
		}
		this.deletedAt = null;
		keepLiveName();
		touch(now);
	}

	/** 合并: the duplicate goes to the recycle bin pointing at its survivor, and gives up its credit code. */
	void mergeInto(long survivorId, Instant now) {
		delete(now);
		this.mergedIntoId = survivorId;
		this.creditCode = null;
		this.staleSearchKeys = true;
	}

	/** For {@link SearchKeyIndex}: whether the search keys must be rewritten; answers true once per change. */
	boolean takeStaleSearchKeys() {
		boolean stale = staleSearchKeys;
		staleSearchKeys = false;
		return stale;
	}

	Long getTenantId() {
		return tenantId;
	}

	/** 协作人: share, unshare, and who is on the team. */
	public CustomerTeam team() {
		return new CustomerTeam(this);
	}

	/** For {@link CustomerTeam}: the live set of members. */
	Set<TeamMember> members() {
		return team;
	}

	public boolean isInPool() {
		return ownerId == null;
	}

	/** 领取 · 退回公海 · 转移 · 回收: the owner changes only through these guarded transitions. */
	public Ownership ownership() {
		return new Ownership(this);
	}

	/** For {@link Ownership}: a new owner, or the pool; a 协作人 who becomes the owner leaves the team. */
	void handTo(Long newOwnerId, Instant now) {
		requireLive();
		this.ownerId = newOwnerId;
		if (newOwnerId != null) {
			team.removeIf(member -> member.getUserId() == newOwnerId);
		}
		touch(now);
	}

	public boolean isDeleted() {
		return deletedAt != null;
	}

	public Instant getDeletedAt() {
		return deletedAt;
	}

	public Long getMergedIntoId() {
		return mergedIntoId;
	}

	/** A recycled customer's name blocks nobody; an empty normalised name (punctuation only) is no rule. */
	private void keepLiveName() {
		String normalised = keys == null ? null : keys.getNameNormalised();
		this.liveName = deletedAt != null || normalised == null || normalised.isEmpty() ? null : normalised;
	}

	void requireLive() {
		if (deletedAt != null) {
			throw new CustomerDeleted();
		}
	}

	/** A deal was won: the customer is 成交 and the no-deal reclaim rule counts from now. */
	public void recordWon(Instant at) {
		this.status = CustomerStatus.WON;
		this.lastWonAt = at;
	}

	public Instant getLastWonAt() {
		return lastWonAt;
	}

	void touch(Instant now) {
		this.updatedAt = micros(now);
	}

	/** Both databases keep microseconds; a keyset cursor must compare what was stored. */
	static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	public Set<TeamMember> getTeam() {
		return Set.copyOf(team);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getShortName() {
		return shortName;
	}

	public String getCreditCode() {
		return creditCode;
	}

	public String getLevel() {
		return level;
	}

	public String getIndustry() {
		return industry;
	}

	public String getSource() {
		return source;
	}

	public CustomerStatus getStatus() {
		return status;
	}

	/** Never {@code null}: Hibernate loads a location without any value as {@code null}. */
	public CustomerLocation getLocation() {
		return location == null ? new CustomerLocation() : location;
	}

	public String getPhone() {
		return phone;
	}

	public String getWebsite() {
		return website;
	}

	public String getRemarks() {
		return remarks;
	}

	public Long getOwnerId() {
		return ownerId;
	}

	public NameKeys getKeys() {
		return keys;
	}

	public Instant getLastFollowUpAt() {
		return FollowUpDates.of(followUps).getLastFollowUpAt();
	}

	public LocalDate getNextFollowUpOn() {
		return FollowUpDates.of(followUps).getNextFollowUpOn();
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

	/** A 跟进记录 was logged: the latest sets the last follow-up and replaces the reminder (none clears it). */
	public void followedUp(Instant at, LocalDate next) {
		requireLive();
		this.followUps = FollowUpDates.of(followUps).after(at, next);
	}

	/** A follow-up was deleted: the last follow-up is now the latest one left, or none. */
	public void lastFollowedUp(Instant at) {
		this.followUps = FollowUpDates.of(followUps).withLast(at);
	}
}
