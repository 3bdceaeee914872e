package org.hutong.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.hutong.identity.user.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins that no user row can hold — unknown usernames of an enterprise (or of an
 * unknown enterprise code) and the platform operator — in the database, so every node sees one count
 * and an unknown name locks after as many failures as a real one ({@link User#MAX_FAILED_SIGN_INS}
 * in a row lock for {@link User#LOCK_DURATION}). A realm says where the name was typed:
 * {@link #enterprise(String)} or {@link #PLATFORM}.
 */
@Component
public class SignInFailures {

	public static final String PLATFORM = "platform";

	public static final int MAX_FAILURES = User.MAX_FAILED_SIGN_INS;

	public static final Duration LOCK_DURATION = User.LOCK_DURATION;

	/** As long as the column: a longer name cannot be anyone's, its first part counts for it. */
	private static final int NAME_LENGTH = 50;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** One per node; every node counts in the same table. */
	public SignInFailures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The realm of a name typed with this enterprise code, whether or not the enterprise exists. */
	public static String enterprise(String tenantCode) {
		String code = tenantCode == null ? "" : tenantCode;
		return "enterprise:" + (code.length() > 60 ? code.substring(0, 60) : code);
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String realm, String username) {
		Timestamp until = jdbc.sql("select locked_until from identity_sign_in_failure where realm = :realm and username = :name")
			.param("realm", realm)
			.param("name", key(username))
			.query(Timestamp.class)
			.optional()
			.orElse(null);
		return until != null && until.toInstant().isAfter(clock.instant());
	}

	/** Notes one failure; answers whether the name is now locked. */
	@Transactional
	public boolean failed(String realm, String username) {
		// whole milliseconds: the column keeps microseconds and would round a lock's end up
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String name = key(username);
		jdbc.sql("insert into identity_sign_in_failure (realm, username, failures, updated_at) "
				+ "values (:realm, :name, 0, :now) on conflict do nothing")
			.param("realm", realm).param("name", name).param("now", Timestamp.from(now))
			.update();
		Count count = jdbc.sql("select failures, locked_until from identity_sign_in_failure "
				+ "where realm = :realm and username = :name for update")
			.param("realm", realm).param("name", name)
			.query((rs, row) -> new Count(rs.getInt(1), rs.getTimestamp(2)))
			.single();
		Count next = count.after(now);
		jdbc.sql("update identity_sign_in_failure set failures = :failures, locked_until = :until, updated_at = :now "
				+ "where realm = :realm and username = :name")
			.param("failures", next.failures()).param("until", next.lockedUntil()).param("now", Timestamp.from(now))
			.param("realm", realm).param("name", name)
			.update();
		forgetOld(now);
		return next.lockedUntil() != null && next.lockedUntil().toInstant().isAfter(now);
	}

	/** Names untouched for a day can hold no count that matters; dropping them bounds the table. */
	private void forgetOld(Instant now) {
		jdbc.sql("delete from identity_sign_in_failure where updated_at < :before")
			.param("before", Timestamp.from(now.minus(Duration.ofDays(1))))
			.update();
	}

	@Transactional
	public void succeeded(String realm, String username) {
		jdbc.sql("delete from identity_sign_in_failure where realm = :realm and username = :name")
			.param("realm", realm).param("name", key(username))
			.update();
	}

	private static String key(String username) {
		String name = username == null ? "" : username;
		return name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name;
	}

	private record Count(int failures, Timestamp lockedUntil) {

		/** One more failure: a running lock stays, an ended one starts the count again. */
		Count after(Instant now) {
			if (lockedUntil != null && lockedUntil.toInstant().isAfter(now)) {
				return this;
			}
			int failed = (lockedUntil == null ? failures : 0) + 1;
			return failed >= MAX_FAILURES ? new Count(0, Timestamp.from(now.plus(LOCK_DURATION)))
					: new Count(failed, null);
		}
	}
}
