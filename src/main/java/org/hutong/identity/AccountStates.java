package org.hutong.identity;

import java.sql.Timestamp;
import java.time.Clock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.springframework.stereotype.Component;

/**
 * Whether a signed-in user may still come in: their enterprise is active, and they are neither
 * disabled nor locked out. Every way in asks it on every request — a page session, a remember-me
 * cookie, an API token, the live stream — so a lock or a disabling holds at once on every node.
 * An answer costs one look-up of the enterprise and one of the user row, both by primary key, and
 * is then kept for {@link AccessChanges#MEMORY}: a change made on this node drops it at once
 * ({@link AccessChanges}), one made on another node is seen when it expires (ADR 0027).
 */
@Component
public class AccountStates implements AccessChanges.Memory {

	/**
	 * What a way in does with the user; anything but {@code USABLE} is refused, except that a user who
	 * must change an administrator's password ({@code PASSWORD_CHANGE}) may still reach the password
	 * page (the API refuses them with a problem saying so).
	 */
	public enum State {
		USABLE, SUSPENDED, DISABLED, LOCKED, PASSWORD_CHANGE
	}

	private final Tenants tenants;

	private final TenantJdbc jdbc;

	private final Clock clock;

	private final Cache<Key, State> known;

	private record Key(long tenantId, long userId) {
	}

	/** {@code ticker} times the memory (AccessMemoryClock), so tests can let it expire. */
	AccountStates(Tenants tenants, TenantJdbc jdbc, Clock clock, Ticker ticker) {
		this.tenants = tenants;
		this.jdbc = jdbc;
		this.clock = clock;
		this.known = Caffeine.newBuilder().expireAfterWrite(AccessChanges.MEMORY).maximumSize(100_000).ticker(ticker).build();
	}

	public State of(SignedInUser user) {
		return of(user.tenantId(), user.userId());
	}

	/**
	 * A user who must change their password is read again on every request rather than remembered,
	 * so the change lets them in at once, on every node.
	 */
	public State of(long tenantId, long userId) {
		Key key = new Key(tenantId, userId);
		State state = known.get(key, ignored -> read(tenantId, userId));
		if (state == State.PASSWORD_CHANGE) {
			state = read(tenantId, userId);
			known.put(key, state);
		}
		return state;
	}

	@Override
	public void forgetUser(long tenantId, long userId) {
		known.invalidate(new Key(tenantId, userId));
	}

	@Override
	public void forgetEnterprise(long tenantId) {
		known.asMap().keySet().removeIf(key -> key.tenantId() == tenantId);
	}

	private State read(long tenantId, long userId) {
		if (!tenants.findById(tenantId).map(Tenant::isActive).orElse(false)) {
			return State.SUSPENDED;
		}
		return jdbc.sql(tenantId, "select status, locked_until, must_change_password from identity_user "
				+ "where tenant_id = :tenantId and id = :id")
			.param("id", userId)
			.query((rs, row) -> state(rs.getString(1), rs.getTimestamp(2), rs.getBoolean(3)))
			.optional()
			.orElse(State.DISABLED);
	}

	private State state(String status, Timestamp lockedUntil, boolean mustChangePassword) {
		if (!"ACTIVE".equals(status)) {
			return State.DISABLED;
		}
		if (lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant())) {
			return State.LOCKED;
		}
		return mustChangePassword ? State.PASSWORD_CHANGE : State.USABLE;
	}
}
