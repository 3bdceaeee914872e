package org.hutong.sales.receivable;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hutong.sales.contract.ContractPolicies;
import org.hutong.tenancy.EveryEnterprise;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The morning run of {@link ReceivableReminders} in every active enterprise, each with its own
 * 回款提醒提前天数, before the working day starts. ShedLock lets one node of a cluster run it (ADR 0008); one enterprise failing does not stop
 * the rest.
 */
@Component
public class ReceivableReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReceivableReminderJob.class);

	private final EveryEnterprise enterprises;

	private final ContractPolicies policies;

	private final ReceivableReminders reminders;

	ReceivableReminderJob(EveryEnterprise enterprises, ContractPolicies policies, ReceivableReminders reminders) {
		this.enterprises = enterprises;
		this.policies = policies;
		this.reminders = reminders;
	}

	@Scheduled(cron = "${hutong.sales.receivables.reminder-cron:0 40 7 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "sales.receivables.reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
	public void run() {
		runAll();
	}

	/** Every active enterprise, one after another; callable from tests without the schedule or the lock. */
	public void runAll() {
		enterprises.forEachActive("Receivable reminders", tenant -> {
			int sent = reminders.run(policies.dueSoonDays());
			if (sent > 0) {
				log.info("Sent {} receivable reminders in tenant {}", sent, tenant.getId());
			}
		});
	}
}
