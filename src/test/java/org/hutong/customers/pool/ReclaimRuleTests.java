package org.hutong.customers.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** 回收规则 in numbers, with a fixed clock: which customers are due, which are warned, the boundary days. */
class ReclaimRuleTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T18:00:00Z"), ZoneOffset.UTC);

	static final Instant NOW = CLOCK.instant();

	static final ReclaimRule THIRTY_WARN_FIVE = new ReclaimRule(30, 5);

	static Instant daysAgo(long days) {
		return NOW.minus(Duration.ofDays(days));
	}

	@Test
	void aCustomerUntouchedForExactlyTheReclaimDaysIsDueAndOneSecondLessIsNot() {
		assertThat(THIRTY_WARN_FIVE.isDue(daysAgo(30), NOW)).isTrue();
		assertThat(THIRTY_WARN_FIVE.isDue(daysAgo(31), NOW)).isTrue();
		assertThat(THIRTY_WARN_FIVE.isDue(daysAgo(30).plusSeconds(1), NOW)).isFalse();
	}

	@Test
	void theOwnerIsWarnedFromTheWarningDaysBeforeUntilTheReclaim() {
		assertThat(THIRTY_WARN_FIVE.isWarned(daysAgo(25), NOW)).isTrue();
		assertThat(THIRTY_WARN_FIVE.isWarned(daysAgo(29), NOW)).isTrue();
		assertThat(THIRTY_WARN_FIVE.isWarned(daysAgo(25).plusSeconds(1), NOW)).isFalse();
		assertThat(THIRTY_WARN_FIVE.isWarned(daysAgo(30), NOW)).as("due, no longer a warning").isFalse();
	}

	@Test
	void aBlankReclaimDaysTurnsReclaimingAndWarningOff() {
		assertThat(ReclaimRule.OFF.isOn()).isFalse();
		assertThat(ReclaimRule.OFF.isDue(daysAgo(10_000), NOW)).isFalse();
		assertThat(ReclaimRule.OFF.dueCutoff(NOW)).isEmpty();
		assertThat(new ReclaimRule(null, 5).warnCutoff(NOW)).isEmpty();
	}

	@Test
	void withoutWarningDaysNobodyIsWarned() {
		ReclaimRule noWarning = new ReclaimRule(30, null);
		assertThat(noWarning.isWarned(daysAgo(29), NOW)).isFalse();
		assertThat(new ReclaimRule(30, 0).warnCutoff(NOW)).isEmpty();
		assertThat(noWarning.isDue(daysAgo(30), NOW)).isTrue();
	}

	@Test
	void theCutoffsAndTheReclaimDateFollowTheClock() {
		assertThat(THIRTY_WARN_FIVE.dueCutoff(NOW)).contains(daysAgo(30));
		assertThat(THIRTY_WARN_FIVE.warnCutoff(NOW)).contains(daysAgo(25));
		assertThat(THIRTY_WARN_FIVE.reclaimAt(daysAgo(27))).contains(NOW.plus(Duration.ofDays(3)));
	}
}
