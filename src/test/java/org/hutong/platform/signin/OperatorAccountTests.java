package org.hutong.platform.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.hutong.platform.PlatformSettings;
import org.hutong.web.WebSettings;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The operator's password in each mode; no Spring. The lockout is in {@link OperatorLockoutTests}. */
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

	private static OperatorAccount account(PlatformSettings settings, boolean demo) {
		return new OperatorAccount(settings, new WebSettings(null, demo), ENCODER);
	}
}
