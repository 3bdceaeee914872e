package org.hutong.customers.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerForm;
import org.junit.jupiter.api.Test;

/** 跟进记录 rules on a fixed clock: no future times, no past reminders, who may delete, the customer's dates. */
class FollowUpTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	final Clock clock = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), SHANGHAI);

	final Instant now = clock.instant();

	final LocalDate today = LocalDate.now(clock);

	@Test
	void allowsAFewMinutesOfClockSkewButNoFutureTime() {
		assertThat(FollowUp.isInTheFuture(now.plus(Duration.ofMinutes(4)), now)).isFalse();
		assertThat(FollowUp.isInTheFuture(now.plus(Duration.ofMinutes(6)), now)).isTrue();
		assertThatThrownBy(() -> followUp(now.plus(Duration.ofHours(1)), null, 7))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void rejectsANextFollowUpBeforeToday() {
		assertThat(FollowUp.isInThePast(today, today)).isFalse();
		assertThat(FollowUp.isInThePast(null, today)).isFalse();
		assertThatThrownBy(() -> followUp(now, today.minusDays(1), 7)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void itsAuthorMayDeleteItWithinADayAndWhoSeesAllAtAnyTime() {
		FollowUp followUp = followUp(now.minus(Duration.ofDays(3)), today.plusDays(1), 7);
		assertThat(followUp.mayBeDeletedBy(7, false, now.plus(Duration.ofHours(23)))).isTrue();
		assertThat(followUp.mayBeDeletedBy(7, false, now.plus(Duration.ofHours(25)))).isFalse();
		assertThat(followUp.mayBeDeletedBy(8, false, now)).isFalse();
		assertThat(followUp.mayBeDeletedBy(8, true, now.plus(Duration.ofDays(30)))).isTrue();
		followUp.delete(now);
		assertThat(followUp.isDeleted()).isTrue();
	}

	@Test
	void theLatestFollowUpSetsTheCustomersLastAndNext() {
		Customer customer = new Customer(CustomerForm.named("四达电力有限公司"), 7L, 7L, now);
		customer.followedUp(now, today.plusDays(7));
		assertThat(customer.getLastFollowUpAt()).isEqualTo(now);
		assertThat(customer.getNextFollowUpOn()).isEqualTo(today.plusDays(7));

		customer.followedUp(now.minus(Duration.ofDays(2)), null);
		assertThat(customer.getLastFollowUpAt()).as("an older one keeps the last").isEqualTo(now);
		assertThat(customer.getNextFollowUpOn()).as("and names no new date").isEqualTo(today.plusDays(7));

		customer.followedUp(now.plus(Duration.ofMinutes(1)), null);
		assertThat(customer.getNextFollowUpOn()).as("the newest without a date clears the reminder").isNull();

		customer.lastFollowedUp(null);
		assertThat(customer.getLastFollowUpAt()).isNull();
	}

	@Test
	void involvesEachContactOnce() {
		FollowUp followUp = followUp(now, null, 7);
		followUp.involve(List.of(3L, 4L, 3L));
		assertThat(followUp.getContactIds()).containsExactlyInAnyOrder(3L, 4L);
	}

	@Test
	void cursorsSurviveTheirText() {
		FollowUpPage.Cursor cursor = new FollowUpPage.Cursor(Instant.parse("2026-03-02T02:00:00.123456Z"), 42);
		assertThat(FollowUpPage.Cursor.parse(cursor.text())).isEqualTo(cursor);
		assertThat(FollowUpPage.Cursor.parse("nonsense")).isNull();
		assertThat(FollowUpPage.Cursor.parse(null)).isNull();
	}

	private FollowUp followUp(Instant occurredAt, LocalDate next, long author) {
		return new FollowUp(1, FollowUpType.CALL, "电话沟通", occurredAt, next, author, now, today);
	}
}
