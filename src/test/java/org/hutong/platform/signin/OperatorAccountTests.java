package org.hutong.platform.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.hutong.platform.PlatformSettings;
import org.hutong.web.WebSettings;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The operator's password in each mode, and the lockout over time; no Spring. */
class OperatorAccountTests {

	static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void aConfiguredPasswordIsTheOnlyOne() {
		OperatorAccount account = account(new PlatformSettings("ops", "s3cret-pass"), true);
		assertThat(account.matches("ops", "s3cret-pass")).isTrue();
		assertThat(account.matches("ops", OperatorAccount.DEMO_PASSWORD)).isFalse();
		assertThat(account.matches("operator", "s3cret-pass")).isFalse();
		assertThat(account.demoPassword()).isNull();
	}

	@Test
	void demoModeWithoutAPasswordUsesTheDemoPassword() {
		OperatorAccount account = account(new PlatformSettings(null, " "), true);
		assertThat(account.username()).isEqualTo("operator");
		assertThat(account.matches("operator", OperatorAccount.DEMO_PASSWORD)).isTrue();
		assertThat(account.demoPassword()).isEqualTo(OperatorAccount.DEMO_PASSWORD);
	}

	@Test
	void withoutAPasswordOutsideDemoModeNobodySignsIn() {
		OperatorAccount account = account(new PlatformSettings("operator", null), false);
		assertThat(account.matches("operator", OperatorAccount.DEMO_PASSWORD)).isFalse();
		assertThat(account.matches("operator", "")).isFalse();
		assertThat(account.demoPassword()).isNull();
	}

	@Test
	void fiveFailuresInARowLockForFifteenMinutes() {
		SettableClock clock = new SettableClock();
		OperatorLockout lockout = new OperatorLockout(clock);
		for (int failure = 1; failure < OperatorLockout.MAX_FAILURES; failure++) {
			assertThat(lockout.failed("operator")).isFalse();
		}
		assertThat(lockout.failed("operator")).isTrue();
		assertThat(lockout.isLocked("operator")).isTrue();
		clock.advance(OperatorLockout.LOCK_DURATION.minusSeconds(1));
		assertThat(lockout.isLocked("operator")).isTrue();
		clock.advance(Duration.ofSeconds(1));
		assertThat(lockout.isLocked("operator")).isFalse();
		assertThat(lockout.failed("operator")).as("counting starts afresh").isFalse();
	}

	@Test
	void aSuccessResetsTheCount() {
		OperatorLockout lockout = new OperatorLockout(new SettableClock());
		for (int failure = 1; failure < OperatorLockout.MAX_FAILURES; failure++) {
			lockout.failed("operator");
		}
		lockout.succeeded("operator");
		assertThat(lockout.failed("operator")).isFalse();
	}

	private static OperatorAccount account(PlatformSettings settings, boolean demo) {
		return new OperatorAccount(settings, new WebSettings(null, demo), ENCODER);
	}

	static final class SettableClock extends Clock {

		private Instant now = Instant.parse("2026-03-02T01:00:00Z");

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
