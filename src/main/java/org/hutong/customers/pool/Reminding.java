package org.hutong.customers.pool;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hutong.customers.FollowUpDue;
import org.hutong.customers.ReclaimWarned;
import org.hutong.customers.customer.Customer;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.EnterpriseZone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day's reminders in the current enterprise, as events for whoever tells the owners: every owned
 * customer whose 下次跟进 is today ({@link FollowUpDue}), and every one the 回收规则 will take back
 * to the pool within its warning days ({@link ReclaimWarned}). Customers keep no record of reminding;
 * listeners keep one notice per customer and date.
 */
@Component
class Reminding {

	private final PoolRules rules;

	private final ReminderCustomers customers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reminding(PoolRules rules, ReminderCustomers customers, ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.customers = customers;
		this.events = events;
		this.clock = clock;
	}

	/** Publishes today's reminders (the publication registry stores them, so not read-only); answers how many. */
	@Transactional
	public int remindDue() {
		long tenantId = TenantContext.require();
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, EnterpriseZone.DEFAULT);
		List<Customer> due = customers.findOwnedFollowUpOn(today);
		due.forEach(c -> events.publishEvent(new FollowUpDue(tenantId, c.getId(), c.getOwnerId(), c.getName(), today)));
		return due.size() + warnReclaims(tenantId, now);
	}

	private int warnReclaims(long tenantId, Instant now) {
		ReclaimRule rule = rules.reclaimRule();
		if (rule.warnCutoff(now).isEmpty()) {
			return 0;
		}
		List<Customer> warned = customers.findOwnedUntouchedBetween(rule.dueCutoff(now).orElseThrow(),
				rule.warnCutoff(now).orElseThrow());
		warned.forEach(c -> events.publishEvent(
				new ReclaimWarned(tenantId, c.getId(), c.getOwnerId(), c.getName(), reclaimOn(rule, c))));
		return warned.size();
	}

	private static LocalDate reclaimOn(ReclaimRule rule, Customer customer) {
		Instant touched = customer.getLastFollowUpAt() != null ? customer.getLastFollowUpAt() : customer.getCreatedAt();
		return LocalDate.ofInstant(rule.reclaimAt(touched).orElseThrow(), EnterpriseZone.DEFAULT);
	}
}
