package org.hutong.identity.idempotency;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes idempotency keys past their 24 hours, every hour, on one node at a time (ShedLock). */
@Component
class IdempotencyCleanup {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyCleanup.class);

	private final Tenants tenants;

	private final IdempotentRequests requests;

	IdempotencyCleanup(Tenants tenants, IdempotentRequests requests) {
		this.tenants = tenants;
		this.requests = requests;
	}

	@Scheduled(cron = "${hutong.identity.idempotency.cleanup-cron:0 17 * * * *}")
	@SchedulerLock(name = "identity.idempotency.cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	public void run() {
		purgeAll();
	}

	/** Every enterprise, suspended ones too (their keys expire all the same); callable from tests. */
	public int purgeAll() {
		int purged = 0;
		for (Tenant tenant : tenants.all()) {
			purged += requests.purgeExpired(tenant.getId());
		}
		if (purged > 0) {
			log.info("Deleted {} expired idempotency keys", purged);
		}
		return purged;
	}
}
