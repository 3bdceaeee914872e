package org.hutong.projects.time;

import java.time.LocalDate;

import org.hutong.tenancy.TenantContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One row per person and day that every save of that day's hours locks before it adds the day up, so
 * two concurrent saves of the same person's day run one after the other and the second sees the first's
 * hours. The row is made, when missing, in a transaction of its own: two first saves of a day racing to
 * make it leave one row, and the loser's duplicate never touches the saving transaction.
 */
@Component
class DayLocks {

	private final JdbcClient jdbc;

	private final TransactionTemplate separately;

	DayLocks(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Locks the person's day (in the caller's transaction), making its row first when missing. */
	void lock(long userId, LocalDate day) {
		long tenant = TenantContext.require();
		if (!locked(tenant, userId, day)) {
			try {
				separately.executeWithoutResult(status -> jdbc.sql(
						"INSERT INTO projects_time_day (tenant_id, user_id, work_day) VALUES (:tenant, :user, :day)")
					.param("tenant", tenant).param("user", userId).param("day", day).update());
			}
			catch (DataIntegrityViolationException madeMeanwhile) {
				// another save made it first; locking it below waits for that save
			}
			locked(tenant, userId, day);
		}
	}

	private boolean locked(long tenant, long userId, LocalDate day) {
		return !jdbc.sql("SELECT id FROM projects_time_day WHERE tenant_id = :tenant AND user_id = :user AND work_day = :day FOR UPDATE")
			.param("tenant", tenant).param("user", userId).param("day", day).query(Long.class).list().isEmpty();
	}
}
