package org.hutong.platform.signin;

import java.time.Duration;

import org.hutong.identity.SignInFailures;
import org.springframework.stereotype.Component;

/**
 * Counts consecutive failed operator sign-ins: five in a row lock that name for fifteen minutes. The
 * count lives in the database ({@link SignInFailures}), so every node sees the same one and a
 * restart forgets nothing; two nodes do not allow twice the attempts.
 */
@Component
class OperatorLockout {

	static final int MAX_FAILURES = SignInFailures.MAX_FAILURES;

	static final Duration LOCK_DURATION = SignInFailures.LOCK_DURATION;

	private final SignInFailures failures;

	OperatorLockout(SignInFailures failures) {
		this.failures = failures;
	}

	boolean isLocked(String username) {
		return failures.isLocked(SignInFailures.PLATFORM, username);
	}

	/** Notes a failure; answers whether it locked the operator. */
	boolean failed(String username) {
		return failures.failed(SignInFailures.PLATFORM, username);
	}

	void succeeded(String username) {
		failures.succeeded(SignInFailures.PLATFORM, username);
	}
}
