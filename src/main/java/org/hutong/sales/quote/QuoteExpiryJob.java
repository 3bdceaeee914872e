package org.hutong.sales.quote;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hutong.tenancy.EveryEnterprise;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The morning run of {@link QuoteExpiry} in every active enterprise. ShedLock lets one node of a
 * cluster run it (ADR 0008); one enterprise failing does not stop the rest.
 */
@Component
public class QuoteExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(QuoteExpiryJob.class);

	private final EveryEnterprise enterprises;

	private final QuoteExpiry expiry;

	QuoteExpiryJob(EveryEnterprise enterprises, QuoteExpiry expiry) {
		this.enterprises = enterprises;
		this.expiry = expiry;
	}

	@Scheduled(cron = "${hutong.sales.quotes.expiry-cron:0 30 7 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "sales.quotes.expiry", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
	public void run() {
		runAll();
	}

	/** Every active enterprise, one after another; callable from tests without the schedule or the lock. */
	public void runAll() {
		enterprises.forEachActive("Quote expiry", tenant -> {
			int touched = expiry.run();
			if (touched > 0) {
				log.info("Expired or warned {} quotes in tenant {}", touched, tenant.getId());
			}
		});
	}
}
