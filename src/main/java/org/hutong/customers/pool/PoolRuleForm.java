package org.hutong.customers.pool;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

/** The 回收规则 page's input; a blank number turns its rule off. */
public record PoolRuleForm(@Min(1) @Max(3650) Integer reclaimAfterDays, @PositiveOrZero @Max(3650) Integer warnDaysBefore,
		@PositiveOrZero @Max(3650) Integer claimCooldownDays, @Min(1) @Max(100000) Integer maxOwned,
		@Min(1) @Max(3650) Integer reclaimWithoutDealDays, Long version) {

	static PoolRuleForm of(PoolRule rule) {
		return new PoolRuleForm(rule.getReclaimAfterDays(), rule.getWarnDaysBefore(), rule.getClaimCooldownDays(),
				rule.getMaxOwned(), rule.getReclaimWithoutDealDays(), rule.getVersion());
	}

	static PoolRuleForm blank() {
		return new PoolRuleForm(null, null, null, null, null, null);
	}

	/** A warning needs a reclaim to warn of, and comes before it. */
	boolean warnsBeforeReclaim() {
		return warnDaysBefore == null || (reclaimAfterDays != null && warnDaysBefore < reclaimAfterDays);
	}
}
