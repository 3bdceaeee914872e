package org.hutong.approvals.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/**
 * 委托: between two days (both included) the delegator's new approval tasks go to the delegate. Ended
 * early, it stays as the record of who approved for whom and when.
 */
@Entity
@Table(name = "approval_delegation")
public class Delegation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "delegator_id")
	private long delegatorId;

	@Column(name = "delegate_id")
	private long delegateId;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	private String reason;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Version
	private long version;

	protected Delegation() {
	}

	Delegation(long delegatorId, long delegateId, LocalDate startsOn, LocalDate endsOn, String reason, Instant now) {
		this.delegatorId = delegatorId;
		this.delegateId = delegateId;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.reason = reason;
		this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	/** Whether it hands on the tasks of this day. */
	public boolean covers(LocalDate day) {
		return endedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}

	/** Whether it still hands on tasks on this day or a later one (not ended, not over). */
	public boolean isCurrentOrComing(LocalDate today) {
		return endedAt == null && !endsOn.isBefore(today);
	}

	boolean overlaps(LocalDate from, LocalDate to) {
		return endedAt == null && !from.isAfter(endsOn) && !to.isBefore(startsOn);
	}

	void end(Instant now) {
		this.endedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	public Long getId() {
		return id;
	}

	public long getDelegatorId() {
		return delegatorId;
	}

	public long getDelegateId() {
		return delegateId;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public String getReason() {
		return reason;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getEndedAt() {
		return endedAt;
	}

	public long getVersion() {
		return version;
	}
}
