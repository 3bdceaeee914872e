package org.hutong.platform.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.hutong.platform.PlatformSettings;
import org.hutong.web.WebSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one platform operator: name from {@link PlatformSettings}, password kept only as a hash. Without
 * a configured password, demo mode uses {@value #DEMO_PASSWORD} and says so at start; otherwise the
 * password is random and never shown, so nobody can sign in until {@code HUTONG_OPERATOR_PASSWORD} is set.
 */
@Component
class OperatorAccount {

	static final String DEMO_PASSWORD = "operator1234";

	private static final Logger log = LoggerFactory.getLogger(OperatorAccount.class);

	private final String username;

	private final String passwordHash;

	private final PasswordEncoder encoder;

	private final Mode mode;

	private enum Mode {
		CONFIGURED, DEMO, DISABLED
	}

	OperatorAccount(PlatformSettings settings, WebSettings web, PasswordEncoder encoder) {
		this.username = settings.operatorUsername();
		this.encoder = encoder;
		this.mode = settings.hasPassword() ? Mode.CONFIGURED : web.demo() ? Mode.DEMO : Mode.DISABLED;
		this.passwordHash = encoder.encode(switch (mode) {
			case CONFIGURED -> settings.operatorPassword();
			case DEMO -> DEMO_PASSWORD;
			case DISABLED -> randomSecret();
		});
	}

	/** Whether the name and password are the operator's; always checks the password, to take the same time. */
	boolean matches(String name, String password) {
		boolean passwordMatches = encoder.matches(password, passwordHash);
		boolean nameMatches = MessageDigest.isEqual(name.getBytes(StandardCharsets.UTF_8),
				username.getBytes(StandardCharsets.UTF_8));
		return nameMatches && passwordMatches;
	}

	/** The demo password while it is in use, for the sign-in page's hint. */
	String demoPassword() {
		return mode == Mode.DEMO ? DEMO_PASSWORD : null;
	}

	String username() {
		return username;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		switch (mode) {
			case DEMO -> log.info("Demo mode: platform operator sign-in at /platform/login with username '{}' and "
					+ "password '{}'. Set HUTONG_OPERATOR_PASSWORD to choose your own.", username, DEMO_PASSWORD);
			case DISABLED -> log.warn("No operator password: platform operator sign-in at /platform/login is impossible. "
					+ "Set HUTONG_OPERATOR_PASSWORD (and optionally HUTONG_OPERATOR_USERNAME) to enable it.");
			default -> log.info("Platform operator sign-in at /platform/login as '{}'", username);
		}
	}

	private static String randomSecret() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}
}
