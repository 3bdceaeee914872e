package org.hutong.approvals.request;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.hutong.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The timers' poller (ADR 0033): every minute, on one node (ShedLock), fires what is due, one timer
 * per transaction in its enterprise; a failing timer counts an attempt and the others go on.
 */
@Component
public class TimerJob {

	private static final Logger log = LoggerFactory.getLogger(TimerJob.class);

	private static final int MOST_PER_RUN = 1000;

	private final Timers timers;

	private final Timeouts timeouts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	TimerJob(Timers timers, Timeouts timeouts, TransactionTemplate transactions, Clock clock) {
		this.timers = timers;
		this.timeouts = timeouts;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${hutong.approvals.timers-cron:0 * * * * *}")
	@SchedulerLock(name = "approvals.timers", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	public void run() {
		fireDue(clock.instant());
	}

	/** Fires every timer due at {@code now}; answers how many. Callable from tests without the schedule. */
	public int fireDue(Instant now) {
		int fired = 0;
		for (long tenantId : timers.tenantsDue(now)) {
			fired += TenantContext.callAs(tenantId, () -> fireIn(tenantId, now, MOST_PER_RUN));
		}
		return fired;
	}

	private int fireIn(long tenantId, Instant now, int most) {
		int fired = 0;
		while (fired < most) {
			long[] claimed = { 0 };
			try {
				Timers.DueTimer timer = transactions.execute(status -> timers.claimNext(now).map(due -> {
					claimed[0] = due.id();
					timeouts.fire(due);
					return due;
				}).orElse(null));
				if (timer == null) {
					return fired;
				}
				fired++;
			}
			catch (RuntimeException failure) {
				log.warn("Approval timer {} failed in tenant {}", claimed[0], tenantId, failure);
				if (claimed[0] != 0) {
					transactions.executeWithoutResult(status -> timers.failed(claimed[0]));
				}
				return fired;
			}
		}
		return fired;
	}
}
