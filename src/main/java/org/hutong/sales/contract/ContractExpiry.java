package org.hutong.sales.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.hutong.web.EnterpriseZone;
import org.springframework.stereotype.Component;

/**
 * Whether a contract in effect nears its end date: within the enterprise's 到期提醒提前天数 it is
 * "N 天后到期", on the day "今天到期", after it "已到期" — what its page's header says and what the
 * morning reminder tells its owner once.
 */
@Component
public class ContractExpiry {

	private final ContractPolicies policies;

	private final Clock clock;

	ContractExpiry(ContractPolicies policies, Clock clock) {
		this.policies = policies;
		this.clock = clock;
	}

	/** Days from today to the contract's end (negative once past), or null when it is not in effect or not near its end. */
	public Integer daysLeft(ContractRow row) {
		if (row.endsOn() == null || !inEffect(row.status())) {
			return null;
		}
		return daysLeft(row.status(), row.endsOn(), LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT)),
				policies.expiryDays());
	}

	static Integer daysLeft(ContractStatus status, LocalDate endsOn, LocalDate today, int withinDays) {
		if (endsOn == null || !inEffect(status)) {
			return null;
		}
		long left = ChronoUnit.DAYS.between(today, endsOn);
		return left > withinDays ? null : (int) left;
	}

	/** Whether a contract of this status binds as "in effect" for the expiry reminder. */
	static boolean inEffect(ContractStatus status) {
		return status == ContractStatus.EFFECTIVE || status == ContractStatus.EXECUTING;
	}
}
