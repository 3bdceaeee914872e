package org.hutong.sales.retention;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hutong.tenancy.EveryEnterprise;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The morning run of {@link GuaranteeReminders} in every active enterprise, before the working day
 * starts. ShedLock lets one node of a cluster run it (ADR 0008); one enterprise failing does not stop
 * the rest.
 */
@Component
public class GuaranteeReminderJob {

	private static final Logger log = LoggerFactory.getLogger(GuaranteeReminderJob.class);

	private final EveryEnterprise enterprises;

	private final GuaranteeReminders reminders;

	GuaranteeReminderJob(EveryEnterprise enterprises, GuaranteeReminders reminders) {
		this.enterprises = enterprises;
		this.reminders = reminders;
	}

	@Scheduled(cron = "${hutong.sales.retentions.guarantee-reminder-cron:0 45 7 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "sales.retentions.guarantee-reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
	public void run() {
		runAll();
	}

	/** Every active enterprise, one after another; callable from tests without the schedule or the lock. */
	public void runAll() {
		enterprises.forEachActive("Guarantee reminders", tenant -> {
			int sent = reminders.run();
			if (sent > 0) {
				log.info("Sent {} guarantee reminders in tenant {}", sent, tenant.getId());
			}
		});
	}
}
