package org.hutong;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.springframework.stereotype.Component;

/**
 * Runs work on one node of a cluster at a time, the others waiting their turn: a named row in
 * ShedLock's table, taken on the database's clock, polled until it is free. Unlike a scheduled job,
 * which skips when the lock is taken, the caller here must run after whoever holds it — the work
 * finds what the holder did. A node that dies holding the lock frees it after {@code atMostFor}.
 */
@Component
class ClusterLock {

	private static final Duration POLL = Duration.ofMillis(250);

	private final LockProvider locks;

	private final Clock clock;

	ClusterLock(LockProvider locks, Clock clock) {
		this.locks = locks;
		this.clock = clock;
	}

	/** Runs the work holding the lock {@code name}; waits at most {@code waitAtMost} for it. */
	void run(String name, Duration atMostFor, Duration waitAtMost, Runnable work) {
		Instant giveUp = clock.instant().plus(waitAtMost);
		SimpleLock lock = acquire(name, atMostFor, giveUp);
		try {
			work.run();
		}
		finally {
			lock.unlock();
		}
	}

	private SimpleLock acquire(String name, Duration atMostFor, Instant giveUp) {
		while (true) {
			Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), name, atMostFor, Duration.ZERO));
			if (lock.isPresent()) {
				return lock.get();
			}
			if (clock.instant().isAfter(giveUp)) {
				throw new IllegalStateException("Waited in vain for the cluster lock '" + name
						+ "'; another node holds it. It frees itself at the latest " + atMostFor + " after it was taken.");
			}
			try {
				Thread.sleep(POLL.toMillis());
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the cluster lock '" + name + "'", interrupted);
			}
		}
	}
}
