package org.hutong.projects.time;

import java.time.LocalDate;

import org.hutong.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One row per person and day that every save of that day's hours locks before it adds the day up, so
 * two concurrent saves of the same person's day run one after the other and the second sees the first's
 * hours. The row is made, when missing, by one statement in the saving transaction itself: a second
 * transaction would take a second pooled connection and, with every connection saving, starve the pool.
 * Two first saves of a day racing to make it leave one row: the loser's insert waits for the winner and
 * then does nothing.
 */
@Component
class DayLocks {

	private final JdbcClient jdbc;

	DayLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the person's day (in the caller's transaction), making its row first when missing. */
	void lock(long userId, LocalDate day) {
		long tenant = TenantContext.require();
		if (!locked(tenant, userId, day)) {
			jdbc.sql("INSERT INTO projects_time_day (tenant_id, user_id, work_day) VALUES (:tenant, :user, :day)"
					+ " ON CONFLICT DO NOTHING")
				.param("tenant", tenant).param("user", userId).param("day", day).update();
			locked(tenant, userId, day);
		}
	}

	private boolean locked(long tenant, long userId, LocalDate day) {
		return !jdbc.sql("SELECT id FROM projects_time_day WHERE tenant_id = :tenant AND user_id = :user AND work_day = :day FOR UPDATE")
			.param("tenant", tenant).param("user", userId).param("day", day).query(Long.class).list().isEmpty();
	}
}
