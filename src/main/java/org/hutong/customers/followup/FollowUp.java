package org.hutong.customers.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * 跟进记录: one logged interaction with a customer or a lead — how, what was said, when, with whom, and when
 * to get in touch again. Its author may delete it within a day; deleting is soft.
 */
@Entity
@Table(name = "customers_follow_up")
public class FollowUp {

	/** How far ahead of the clock a follow-up may be dated: phones and servers disagree a little. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	/** How long its author may delete a follow-up. */
	static final Duration AUTHOR_MAY_DELETE = Duration.ofHours(24);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "customer_id")
	private Long customerId;

	@Column(name = "lead_id")
	private Long leadId;

	/** The customer's 商机 it is also on, or {@code null}. */
	@Column(name = "opportunity_id")
	private Long opportunityId;

	@Enumerated(EnumType.STRING)
	private FollowUpType type;

	private String content;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Column(name = "next_follow_up_on")
	private LocalDate nextFollowUpOn;

	@Column(name = "author_id")
	private long authorId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "followUp", cascade = CascadeType.ALL, orphanRemoval = true)
	private Set<FollowUpContact> contacts = new LinkedHashSet<>();

	protected FollowUp() {
	}

	/** A follow-up on a customer; {@code occurredAt} may not lie in the future, nor the next date in the past. */
	public FollowUp(long customerId, FollowUpType type, String content, Instant occurredAt, LocalDate nextFollowUpOn,
			long authorId, Instant now, LocalDate today) {
		this(customerId, null, type, content, occurredAt, nextFollowUpOn, authorId, now, today);
	}

	/** A follow-up on a 线索; when the lead is converted it joins the new customer's timeline too. */
	/** A follow-up on a customer and one of its 商机, which the caller vouches for. */
	public static FollowUp onDeal(long customerId, long opportunityId, FollowUpType type, String content,
			Instant occurredAt, LocalDate nextFollowUpOn, long authorId, Instant now, LocalDate today) {
		FollowUp followUp = new FollowUp(customerId, null, type, content, occurredAt, nextFollowUpOn, authorId, now, today);
		followUp.opportunityId = opportunityId;
		return followUp;
	}

	public static FollowUp onLead(long leadId, FollowUpType type, String content, Instant occurredAt,
			LocalDate nextFollowUpOn, long authorId, Instant now, LocalDate today) {
		return new FollowUp(null, leadId, type, content, occurredAt, nextFollowUpOn, authorId, now, today);
	}

	private FollowUp(Long customerId, Long leadId, FollowUpType type, String content, Instant occurredAt,
			LocalDate nextFollowUpOn, long authorId, Instant now, LocalDate today) {
		if (isInTheFuture(occurredAt, now) || isInThePast(nextFollowUpOn, today)) {
			throw new IllegalArgumentException("follow-up dated in the future or reminding in the past");
		}
		this.customerId = customerId;
		this.leadId = leadId;
		this.type = type;
		this.content = content;
		this.occurredAt = micros(occurredAt);
		this.nextFollowUpOn = nextFollowUpOn;
		this.authorId = authorId;
		this.createdAt = micros(now);
	}

	static boolean isInTheFuture(Instant occurredAt, Instant now) {
		return occurredAt.isAfter(now.plus(CLOCK_SKEW));
	}

	static boolean isInThePast(LocalDate next, LocalDate today) {
		return next != null && next.isBefore(today);
	}

	/** Records who took part; contacts are checked to belong to the customer by the use case. */
	void involve(Collection<Long> contactIds) {
		contactIds.stream().distinct().forEach(contactId -> contacts.add(new FollowUpContact(this, contactId)));
	}

	/** Its author, within a day of logging it; everyone else needs to see all customers. */
	boolean mayBeDeletedBy(long userId, boolean seesAll, Instant now) {
		return seesAll || (userId == authorId && now.isBefore(createdAt.plus(AUTHOR_MAY_DELETE)));
	}

	void delete(Instant now) {
		if (deletedAt == null) {
			this.deletedAt = micros(now);
		}
	}

	public boolean isDeleted() {
		return deletedAt != null;
	}

	private static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	public Long getId() {
		return id;
	}

	public Long getCustomerId() {
		return customerId;
	}

	/** The lead it was logged on, or {@code null} for a follow-up on a customer. */
	public Long getLeadId() {
		return leadId;
	}

	public Long getOpportunityId() {
		return opportunityId;
	}

	public FollowUpType getType() {
		return type;
	}

	public String getContent() {
		return content;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public LocalDate getNextFollowUpOn() {
		return nextFollowUpOn;
	}

	public long getAuthorId() {
		return authorId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<Long> getContactIds() {
		return contacts.stream().map(FollowUpContact::getContactId).toList();
	}

	public long getVersion() {
		return version;
	}
}
