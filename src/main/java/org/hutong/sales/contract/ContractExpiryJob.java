package org.hutong.sales.contract;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hutong.tenancy.EveryEnterprise;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The morning run of {@link ContractExpiryReminders} in every active enterprise, each with its own
 * 到期提醒提前天数, before the working day starts. ShedLock lets one node of a cluster run it (ADR 0008);
 * one enterprise failing does not stop the rest.
 */
@Component
public class ContractExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(ContractExpiryJob.class);

	private final EveryEnterprise enterprises;

	private final ContractPolicies policies;

	private final ContractExpiryReminders reminders;

	ContractExpiryJob(EveryEnterprise enterprises, ContractPolicies policies, ContractExpiryReminders reminders) {
		this.enterprises = enterprises;
		this.policies = policies;
		this.reminders = reminders;
	}

	@Scheduled(cron = "${hutong.sales.contracts.expiry-reminder-cron:0 50 7 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "sales.contracts.expiry-reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
	public void run() {
		runAll();
	}

	/** Every active enterprise, one after another; callable from tests without the schedule or the lock. */
	public void runAll() {
		enterprises.forEachActive("Contract expiry reminders", tenant -> {
			int sent = reminders.run(policies.expiryDays());
			if (sent > 0) {
				log.info("Sent {} contract expiry reminders in tenant {}", sent, tenant.getId());
			}
		});
	}
}
