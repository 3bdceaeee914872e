package org.hutong.customers.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A customer's or a lead's 最近跟进 and 下次跟进, kept in step with its 跟进记录. A value: each change
 * answers new dates. Queries name its parts {@code followUps.lastFollowUpAt} and {@code followUps.nextFollowUpOn}.
 */
@Embeddable
public class FollowUpDates {

	@Column(name = "last_follow_up_at")
	private Instant lastFollowUpAt;

	@Column(name = "next_follow_up_on")
	private LocalDate nextFollowUpOn;

	protected FollowUpDates() {
	}

	private FollowUpDates(Instant lastFollowUpAt, LocalDate nextFollowUpOn) {
		this.lastFollowUpAt = lastFollowUpAt == null ? null : lastFollowUpAt.truncatedTo(ChronoUnit.MICROS);
		this.nextFollowUpOn = nextFollowUpOn;
	}

	/** No follow-up yet. Hibernate also loads dates without any value as {@code null}: read through this. */
	public static FollowUpDates of(FollowUpDates dates) {
		return dates == null ? new FollowUpDates() : dates;
	}

	/** A 跟进记录 at {@code at}: the latest sets the last follow-up and replaces the reminder (none clears it). */
	public FollowUpDates after(Instant at, LocalDate next) {
		if (lastFollowUpAt == null || !at.isBefore(lastFollowUpAt)) {
			return new FollowUpDates(at, next);
		}
		return next == null ? this : new FollowUpDates(lastFollowUpAt, next);
	}

	/** A follow-up was deleted: the last follow-up is now the latest one left ({@code at}), or none. */
	public FollowUpDates withLast(Instant at) {
		return new FollowUpDates(at, nextFollowUpOn);
	}

	public Instant getLastFollowUpAt() {
		return lastFollowUpAt;
	}

	public LocalDate getNextFollowUpOn() {
		return nextFollowUpOn;
	}
}
