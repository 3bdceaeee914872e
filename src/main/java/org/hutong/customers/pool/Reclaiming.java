package org.hutong.customers.pool;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.OwnerChanges;
import org.hutong.tenancy.TenantContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回收: within the current enterprise, takes back to the pool every owned customer its rules say is
 * due, each through {@link org.hutong.customers.customer.Ownership#reclaim}, kept as a RECLAIMED
 * change and published. Warnings need no storing: 工作台 computes them on read ({@link ReclaimsDue}).
 */
@Component
class Reclaiming {

	private final PoolRules rules;

	private final PoolCustomers customers;

	private final OwnerChanges changes;

	private final MessageSource messages;

	private final Clock clock;

	Reclaiming(PoolRules rules, PoolCustomers customers, OwnerChanges changes, MessageSource messages, Clock clock) {
		this.rules = rules;
		this.customers = customers;
		this.changes = changes;
		this.messages = messages;
		this.clock = clock;
	}

	/** Reclaims what is due now in the current enterprise; answers how many. */
	@Transactional
	public int reclaimDue() {
		ReclaimRule rule = rules.reclaimRule();
		Instant now = clock.instant();
		List<Customer> due = rule.dueCutoff(now).map(customers::findOwnedUntouchedSince).orElse(List.of());
		if (due.isEmpty()) {
			return 0;
		}
		Object[] days = { String.valueOf(rule.reclaimAfterDays()) };
		String reason = messages.getMessage("poolRule.reclaimReason", days, Locale.SIMPLIFIED_CHINESE);
		long tenantId = TenantContext.require();
		due.forEach(customer -> changes.record(tenantId, customer.ownership().reclaim(reason, now)));
		return due.size();
	}
}
