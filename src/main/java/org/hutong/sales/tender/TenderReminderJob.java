package org.hutong.sales.tender;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hutong.tenancy.EveryEnterprise;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The morning run of {@link TenderReminders} in every active enterprise. ShedLock lets one node of a
 * cluster run it (ADR 0008); one enterprise failing does not stop the rest.
 */
@Component
public class TenderReminderJob {

	private static final Logger log = LoggerFactory.getLogger(TenderReminderJob.class);

	private final EveryEnterprise enterprises;

	private final TenderReminders reminders;

	TenderReminderJob(EveryEnterprise enterprises, TenderReminders reminders) {
		this.enterprises = enterprises;
		this.reminders = reminders;
	}

	@Scheduled(cron = "${hutong.sales.tenders.reminders-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "sales.tenders.reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
	public void run() {
		runAll();
	}

	/** Every active enterprise, one after another; callable from tests without the schedule or the lock. */
	public void runAll() {
		enterprises.forEachActive("Tender reminders", tenant -> {
			int touched = reminders.remindDue();
			if (touched > 0) {
				log.info("Sent {} tender reminders in tenant {}", touched, tenant.getId());
			}
		});
	}
}
