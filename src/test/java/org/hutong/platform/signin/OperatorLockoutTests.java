package org.hutong.platform.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.hutong.HutongTest;
import org.hutong.identity.SignInFailures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The operator lockout over time and across nodes: each "node" here is its own lockout with its own
 * clock, and both count in the one database the application uses.
 */
@HutongTest
class OperatorLockoutTests {

	@Autowired
	JdbcClient jdbc;

	private final SettableClock clock = new SettableClock();

	@Test
	void fiveFailuresInARowLockForFifteenMinutes() {
		OperatorLockout lockout = node();
		String name = uniqueName();
		for (int failure = 1; failure < OperatorLockout.MAX_FAILURES; failure++) {
			assertThat(lockout.failed(name)).isFalse();
		}
		assertThat(lockout.failed(name)).isTrue();
		assertThat(lockout.isLocked(name)).isTrue();
		clock.advance(OperatorLockout.LOCK_DURATION.minusSeconds(1));
		assertThat(lockout.isLocked(name)).isTrue();
		clock.advance(Duration.ofSeconds(1));
		assertThat(lockout.isLocked(name)).isFalse();
		assertThat(lockout.failed(name)).as("counting starts afresh").isFalse();
	}

	@Test
	void aSuccessResetsTheCount() {
		OperatorLockout lockout = node();
		String name = uniqueName();
		for (int failure = 1; failure < OperatorLockout.MAX_FAILURES; failure++) {
			lockout.failed(name);
		}
		lockout.succeeded(name);
		assertThat(lockout.failed(name)).isFalse();
	}

	@Test
	void twoNodesShareOneCount() {
		OperatorLockout nodeA = node();
		OperatorLockout nodeB = node();
		String name = uniqueName();
		assertThat(nodeA.failed(name)).isFalse();
		assertThat(nodeB.failed(name)).isFalse();
		assertThat(nodeA.failed(name)).isFalse();
		assertThat(nodeB.failed(name)).isFalse();
		assertThat(nodeA.failed(name)).as("the fifth failure, counted over both nodes, locks").isTrue();
		assertThat(nodeB.isLocked(name)).as("the other node sees the lock").isTrue();
		nodeB.succeeded(name);
		assertThat(nodeA.isLocked(name)).isFalse();
	}

	private OperatorLockout node() {
		return new OperatorLockout(new SignInFailures(jdbc, clock));
	}

	private static String uniqueName() {
		return "op-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static final class SettableClock extends Clock {

		private Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
