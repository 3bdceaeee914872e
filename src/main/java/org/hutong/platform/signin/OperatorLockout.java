package org.hutong.platform.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts consecutive failed sign-ins per operator: five in a row lock that operator for fifteen
 * minutes. Kept in memory, which is enough for one node; several nodes would each count on their
 * own (and a restart forgets), so a cluster needs a shared store here.
 */
@Component
class OperatorLockout {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	OperatorLockout(Clock clock) {
		this.clock = clock;
	}

	private record Failures(int count, Instant lockedUntil) {
	}

	boolean isLocked(String username) {
		Failures current = failures.get(username);
		return current != null && current.lockedUntil() != null && current.lockedUntil().isAfter(clock.instant());
	}

	/** Notes a failure; answers whether it locked the operator. */
	boolean failed(String username) {
		Failures next = failures.compute(username, (name, current) -> {
			int count = current == null || current.lockedUntil() != null ? 1 : current.count() + 1;
			return new Failures(count, count >= MAX_FAILURES ? clock.instant().plus(LOCK_DURATION) : null);
		});
		return next.lockedUntil() != null;
	}

	void succeeded(String username) {
		failures.remove(username);
	}
}
