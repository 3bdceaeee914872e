package org.hutong.customers.pool;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hutong.tenancy.EveryEnterprise;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The morning reminder run: for each active enterprise, in that enterprise, publishes the day's
 * follow-ups due and reclaim warnings. Like the reclaim run (ADR 0008), ShedLock lets one node of a
 * cluster run it; one enterprise failing does not stop the rest.
 */
@Component
public class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final EveryEnterprise enterprises;

	private final Reminding reminding;

	ReminderJob(EveryEnterprise enterprises, Reminding reminding) {
		this.enterprises = enterprises;
		this.reminding = reminding;
	}

	@Scheduled(cron = "${hutong.customers.reminders-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "customers.reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
	public void run() {
		remindAll();
	}

	/** Every active enterprise, one after another; callable from tests without the schedule or the lock. */
	public void remindAll() {
		enterprises.forEachActive("Reminding", tenant -> {
			int reminded = reminding.remindDue();
			if (reminded > 0) {
				log.info("Sent {} customer reminders in tenant {}", reminded, tenant.getId());
			}
		});
	}
}
