package org.hutong.customers.pool;

import java.time.Instant;

import org.hutong.identity.DemoTenants;
import org.hutong.tenancy.Tenants;
import org.springframework.transaction.support.TransactionTemplate;

/** Sets a demo enterprise's 回收规则 straight in the database, and turns them all off again. */
final class PoolRuleFixtures {

	private final DemoTenants demo;

	private final PoolRuleRepository rules;

	PoolRuleFixtures(Tenants tenants, TransactionTemplate transactions, PoolRuleRepository rules) {
		this.demo = new DemoTenants(tenants, transactions);
		this.rules = rules;
	}

	static PoolRuleForm rule(Integer reclaimAfterDays, Integer warnDaysBefore, Integer claimCooldownDays,
			Integer maxOwned) {
		return new PoolRuleForm(reclaimAfterDays, warnDaysBefore, claimCooldownDays, maxOwned, null, null);
	}

	/** Only "M days without a won deal". */
	static PoolRuleForm withoutDeal(int days) {
		return new PoolRuleForm(null, null, null, null, days, null);
	}

	PoolRule set(String tenant, PoolRuleForm form) {
		return demo.call(tenant, () -> {
			PoolRule rule = rules.findFirstByOrderByIdAsc().orElseGet(() -> new PoolRule(form, Instant.now()));
			rule.set(form, Instant.now());
			return rules.save(rule);
		});
	}

	void off(String tenant) {
		demo.call(tenant, () -> {
			rules.deleteAll();
			return null;
		});
	}
}
