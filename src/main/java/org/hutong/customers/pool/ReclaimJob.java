package org.hutong.customers.pool;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hutong.tenancy.EveryEnterprise;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily 回收 run: for each active enterprise, in that enterprise and its own transaction,
 * reclaims what its rules say is due. ShedLock (ADR 0008) lets one node of a cluster run it; the
 * others skip. One enterprise failing does not stop the rest.
 */
@Component
public class ReclaimJob {

	private static final Logger log = LoggerFactory.getLogger(ReclaimJob.class);

	private final EveryEnterprise enterprises;

	private final Reclaiming reclaiming;

	ReclaimJob(EveryEnterprise enterprises, Reclaiming reclaiming) {
		this.enterprises = enterprises;
		this.reclaiming = reclaiming;
	}

	@Scheduled(cron = "${hutong.customers.pool.reclaim-cron:0 0 2 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "customers.pool.reclaim", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
	public void run() {
		reclaimAll();
	}

	/** Every active enterprise, one after another; callable from tests without the schedule or the lock. */
	public void reclaimAll() {
		enterprises.forEachActive("Reclaiming", tenant -> {
			int reclaimed = reclaiming.reclaimDue();
			if (reclaimed > 0) {
				log.info("Reclaimed {} customers to the pool in tenant {}", reclaimed, tenant.getId());
			}
		});
	}
}
