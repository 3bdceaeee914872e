package org.hutong.sales.contract;

import java.time.Instant;
import java.time.LocalDate;

import org.hutong.tenancy.DailyNumbers;
import org.hutong.web.EnterpriseZone;
import org.springframework.stereotype.Component;

/**
 * The next contract's number by the enterprise's rule ({@code HT-2026-0001} unless it set another),
 * counted in the database under a row lock like every document number, so two nodes never hand out
 * the same one; the unique number per enterprise stays the last guard. Runs in the caller's
 * transaction.
 */
@Component
class ContractNumbers {

	private final DailyNumbers numbers;

	private final ContractPolicies policies;

	ContractNumbers(DailyNumbers numbers, ContractPolicies policies) {
		this.numbers = numbers;
		this.policies = policies;
	}

	String next(Instant now) {
		NumberRule rule = policies.current().numberRule();
		LocalDate day = now.atZone(EnterpriseZone.DEFAULT).toLocalDate();
		return rule.format(day, numbers.nextValue(rule.counter(), rule.period(day)));
	}
}
