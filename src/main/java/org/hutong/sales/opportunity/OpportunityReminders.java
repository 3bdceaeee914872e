package org.hutong.sales.opportunity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.hutong.sales.OpportunityCloseDue;
import org.hutong.tenancy.EveryEnterprise;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.EnterpriseZone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The morning's deal reminders: in every active enterprise, each open deal expected to close today
 * (over the index on outcome and expected close) becomes an {@link OpportunityCloseDue} for whoever
 * tells its owner. ShedLock lets one node of a cluster run it (ADR 0008).
 */
@Component
public class OpportunityReminders {

	private final OpportunityRepository opportunities;

	private final EveryEnterprise enterprises;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OpportunityReminders(OpportunityRepository opportunities, EveryEnterprise enterprises,
			TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.opportunities = opportunities;
		this.enterprises = enterprises;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${hutong.sales.opportunities.reminders-cron:0 5 8 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "sales.opportunities.reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
	public void run() {
		runAll();
	}

	/** Every active enterprise, one after another; callable from tests without the schedule or the lock. */
	public void runAll() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), EnterpriseZone.DEFAULT);
		enterprises.forEachActive("Deal reminders", tenant -> transactions.executeWithoutResult(status -> {
			List<Opportunity> due = opportunities.findByOutcomeIsNullAndDeletedAtIsNullAndExpectedClose(today);
			due.forEach(deal -> events.publishEvent(new OpportunityCloseDue(TenantContext.require(), deal.getId(),
					deal.getName(), deal.getCustomerId(), deal.getOwnerId(), today)));
		}));
	}
}
