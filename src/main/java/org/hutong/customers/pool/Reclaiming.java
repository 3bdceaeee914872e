package org.hutong.customers.pool;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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

	/**
	 * Reclaims what is due now in the current enterprise, by either rule (untouched for N days, no won
	 * deal for M days); answers how many. A customer due by both goes back once, with the first reason.
	 */
	@Transactional
	public int reclaimDue() {
		ReclaimRule rule = rules.reclaimRule();
		Instant now = clock.instant();
		Map<Long, String> reasons = new LinkedHashMap<>();
		Map<Long, Customer> due = new LinkedHashMap<>();
		rule.dueCutoff(now).ifPresent(cutoff -> customers.findOwnedUntouchedSince(cutoff).forEach(customer -> {
			due.put(customer.getId(), customer);
			reasons.put(customer.getId(), reason("poolRule.reclaimReason", rule.reclaimAfterDays()));
		}));
		rules.withoutDealDays().ifPresent(days -> customers.findOwnedWithoutDealSince(now.minus(Duration.ofDays(days)))
			.forEach(customer -> {
				due.putIfAbsent(customer.getId(), customer);
				reasons.putIfAbsent(customer.getId(), reason("poolRule.reclaimReason.noDeal", days));
			}));
		long tenantId = TenantContext.require();
		due.values().forEach(customer -> changes.record(tenantId,
				customer.ownership().reclaim(reasons.get(customer.getId()), now)));
		return due.size();
	}

	private String reason(String key, int days) {
		return messages.getMessage(key, new Object[] { String.valueOf(days) }, Locale.SIMPLIFIED_CHINESE);
	}
}
