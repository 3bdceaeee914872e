package org.hutong.projects.checkup;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hutong.tenancy.EveryEnterprise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly round: just after midnight every project under way is judged again, since a gate or a
 * task becomes late by the calendar alone. One node of a cluster runs it (ShedLock, ADR 0008); one
 * enterprise failing does not stop the rest.
 */
@Component
public class HealthJob {

	private static final Logger log = LoggerFactory.getLogger(HealthJob.class);

	private final EveryEnterprise enterprises;

	private final HealthCheckup checkup;

	HealthJob(EveryEnterprise enterprises, HealthCheckup checkup) {
		this.enterprises = enterprises;
		this.checkup = checkup;
	}

	@Scheduled(cron = "${hutong.projects.health-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "projects.health", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
	public void run() {
		runAll();
	}

	/** Every active enterprise, one after another; callable from tests without the schedule or the lock. */
	public void runAll() {
		enterprises.forEachActive("Project health", tenant -> {
			int judged = checkup.judgeAll(tenant.getId());
			if (judged > 0) {
				log.info("Judged the health of {} projects in tenant {}", judged, tenant.getId());
			}
		});
	}
}
