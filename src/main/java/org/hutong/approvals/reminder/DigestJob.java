package org.hutong.approvals.reminder;

import java.time.ZoneId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.hutong.tenancy.EveryEnterprise;
import org.hutong.tenancy.Tenant;
import org.hutong.web.EnterpriseZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 待审批 each morning at 08:30, after the customers' run: for each active enterprise, in it, tells every
 * approver what waits for them. ShedLock lets one node of a cluster run it; one enterprise failing
 * does not stop the rest.
 */
@Component
public class DigestJob {

	private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

	private final EveryEnterprise enterprises;

	private final Digest digest;

	DigestJob(EveryEnterprise enterprises, Digest digest) {
		this.enterprises = enterprises;
		this.digest = digest;
	}

	@Scheduled(cron = "${hutong.approvals.digest-cron:0 30 8 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "approvals.digest", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
	public void run() {
		sendAll();
	}

	/** Every active enterprise, one after another; callable from tests without the schedule or the lock. */
	public void sendAll() {
		enterprises.forEachActive("The approvals digest", tenant -> {
			int told = digest.sendIn(zone(tenant));
			if (told > 0) {
				log.info("Told {} approvers what waits for them in tenant {}", told, tenant.getId());
			}
		});
	}

	private static ZoneId zone(Tenant tenant) {
		return tenant.getTimeZone() == null ? EnterpriseZone.DEFAULT : ZoneId.of(tenant.getTimeZone());
	}
}
