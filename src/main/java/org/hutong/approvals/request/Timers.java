package org.hutong.approvals.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.hutong.tenancy.TenantJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Durable timers of tasks (ADR 0033): a due row per reminder or timeout in {@code approval_timer}.
 * Scheduling and cancelling run in the action's transaction; the poller ({@link TimerJob}) claims a due
 * row with {@code FOR UPDATE SKIP LOCKED} and marks it fired in the transaction that acts on it, so each
 * fires once across nodes, and a row not yet fired at a restart is still due afterwards.
 */
@Component
public class Timers {

	public enum Kind {
		REMIND, AUTO_APPROVE, AUTO_REJECT
	}

	/** A claimed timer; {@code tenantId} is restored before it is acted on. */
	public record DueTimer(long id, long tenantId, long taskId, Kind kind, Instant dueAt, int attempts) {
	}

	static final int MOST_ATTEMPTS = 5;

	private final TenantJdbc jdbc;

	private final JdbcClient allTenants;

	Timers(TenantJdbc jdbc, JdbcClient allTenants) {
		this.jdbc = jdbc;
		this.allTenants = allTenants;
	}

	public void schedule(long taskId, Kind kind, Instant dueAt) {
		jdbc.sql("insert into approval_timer (tenant_id, task_id, kind, due_at, attempts) values (:tenantId, :task, :kind, :due, 0)")
			.param("task", taskId).param("kind", kind.name()).param("due", Timestamp.from(dueAt)).update();
	}

	/** Drops the unfired timers of the request's tasks that are no longer pending. */
	public int cancelClosed(long requestId) {
		return jdbc.sql("delete from approval_timer where tenant_id = :tenantId and fired_at is null and task_id in "
				+ "(select t.id from approval_task t where t.tenant_id = :tenantId and t.request_id = :request "
				+ "and t.state <> 'PENDING')")
			.param("request", requestId).update();
	}

	public List<DueTimer> pending(long taskId) {
		return jdbc.sql("select id, tenant_id, task_id, kind, due_at, attempts from approval_timer where tenant_id = :tenantId "
				+ "and task_id = :task and fired_at is null order by due_at")
			.param("task", taskId).query(Timers::row).list();
	}

	/**
	 * The enterprises with due timers. Across tenants on purpose: the poller is infrastructure and the
	 * index on (fired_at, due_at) serves this scan; each enterprise's rows are then claimed in it.
	 */
	public List<Long> tenantsDue(Instant now) {
		return allTenants.sql("select distinct tenant_id from approval_timer where fired_at is null and due_at <= :now "
				+ "and attempts < :most")
			.param("now", Timestamp.from(now)).param("most", MOST_ATTEMPTS).query(Long.class).list();
	}

	/**
	 * Claims the current enterprise's earliest due timer and marks it fired, in the caller's
	 * transaction: a node that dies before commit leaves it due, and another node skips it while locked.
	 */
	public java.util.Optional<DueTimer> claimNext(Instant now) {
		java.util.Optional<DueTimer> due = jdbc.sql("select id, tenant_id, task_id, kind, due_at, attempts from approval_timer "
				+ "where tenant_id = :tenantId and fired_at is null and due_at <= :now and attempts < :most "
				+ "order by due_at limit 1 for update skip locked")
			.param("now", Timestamp.from(now)).param("most", MOST_ATTEMPTS).query(Timers::row).optional();
		due.ifPresent(timer -> jdbc.sql("update approval_timer set fired_at = :now, attempts = attempts + 1 "
				+ "where tenant_id = :tenantId and id = :id")
			.param("now", Timestamp.from(now)).param("id", timer.id()).update());
		return due;
	}

	/** How many reminders of the task have fired (the one being fired included). */
	public int firedReminders(long taskId) {
		return jdbc.sql("select count(*) from approval_timer where tenant_id = :tenantId and task_id = :task "
				+ "and kind = 'REMIND' and fired_at is not null")
			.param("task", taskId).query(Integer.class).single();
	}

	/** A timer whose action failed counts the attempt (in its own transaction) and is given up after a few. */
	public void failed(long timerId) {
		jdbc.sql("update approval_timer set attempts = attempts + 1 where tenant_id = :tenantId and id = :id")
			.param("id", timerId).update();
	}

	private static DueTimer row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new DueTimer(rs.getLong("id"), rs.getLong("tenant_id"), rs.getLong("task_id"), Kind.valueOf(rs.getString("kind")),
				rs.getTimestamp("due_at").toInstant(), rs.getInt("attempts"));
	}
}
