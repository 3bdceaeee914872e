package org.hutong.customers.pool;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.hutong.customers.customer.OwnerChangeKind;
import org.hutong.customers.customer.OwnershipRules;
import org.hutong.web.EnterpriseZone;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回收规则: reads and sets the current enterprise's pool rules, and applies the ones that concern a
 * new owner (the owned-customers limit, the cooldown before claiming a lost customer again).
 */
@Service
@Transactional
public class PoolRules implements OwnershipRules {

	public static final String MAY_ADMINISTER = "hasAuthority('customers.admin')";

	private final PoolRuleRepository rules;

	private final PoolCustomers customers;

	private final Clock clock;

	PoolRules(PoolRuleRepository rules, PoolCustomers customers, Clock clock) {
		this.rules = rules;
		this.customers = customers;
		this.clock = clock;
	}

	/** The current enterprise's rules; all off until its administrator sets them. */
	@Transactional(readOnly = true)
	public PoolRuleForm current() {
		return rules.findFirstByOrderByIdAsc().map(PoolRuleForm::of).orElseGet(PoolRuleForm::blank);
	}

	/** "M days without a won deal", or empty when the rule is off. */
	@Transactional(readOnly = true)
	public java.util.Optional<Integer> withoutDealDays() {
		return rules.findFirstByOrderByIdAsc().map(PoolRule::getReclaimWithoutDealDays).filter(days -> days > 0);
	}

	@Transactional(readOnly = true)
	public ReclaimRule reclaimRule() {
		return rules.findFirstByOrderByIdAsc().map(PoolRule::reclaimRule).orElse(ReclaimRule.OFF);
	}

	@PreAuthorize(MAY_ADMINISTER)
	public void update(PoolRuleForm form) {
		rules.findFirstByOrderByIdAsc().ifPresentOrElse(rule -> {
			if (form.version() != null && form.version() != rule.getVersion()) {
				throw new ObjectOptimisticLockingFailureException(PoolRule.class, rule.getId());
			}
			rule.set(form, clock.instant());
		}, () -> rules.save(new PoolRule(form, clock.instant())));
	}

	@Override
	@Transactional(readOnly = true)
	public void checkClaim(long userId, long customerId, Instant now) {
		rules.findFirstByOrderByIdAsc().ifPresent(rule -> {
			checkLimit(rule, userId);
			checkCooldown(rule, userId, customerId, now);
		});
	}

	@Override
	@Transactional(readOnly = true)
	public void checkTake(long userId) {
		rules.findFirstByOrderByIdAsc().ifPresent(rule -> checkLimit(rule, userId));
	}

	private void checkLimit(PoolRule rule, long userId) {
		if (rule.getMaxOwned() != null && customers.countOwnedBy(userId) >= rule.getMaxOwned()) {
			throw new OwnedLimitReached(rule.getMaxOwned());
		}
	}

	private void checkCooldown(PoolRule rule, long userId, long customerId, Instant now) {
		Integer days = rule.getClaimCooldownDays();
		if (days == null || days == 0) {
			return;
		}
		customers.lastLost(customerId, userId, EnumSet.of(OwnerChangeKind.RELEASED, OwnerChangeKind.RECLAIMED))
			.map(lost -> lost.plus(Duration.ofDays(days)))
			.filter(now::isBefore)
			.ifPresent(until -> {
				throw new ClaimCoolingDown(until.atZone(EnterpriseZone.DEFAULT).toLocalDate());
			});
	}
}
