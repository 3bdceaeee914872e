package org.hutong.sales.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * 合同设置 as the page sends them: the number rule (prefix of letters and digits, date part, sequence
 * digits), the days before its end a contract is reminded (到期提醒提前天数) and the days before its due
 * day a term is (回款提醒提前天数).
 */
public record ContractPolicyForm(
		@NotNull(message = "{contract.required}") @Pattern(regexp = "[A-Za-z0-9]{1,10}", message = "{contract.settings.prefix.invalid}") String numberPrefix,
		@NotNull(message = "{contract.required}") NumberRule.DatePart numberDate,
		@NotNull(message = "{contract.required}") @Min(value = NumberRule.MIN_DIGITS, message = "{contract.settings.digits.range}") @Max(value = NumberRule.MAX_DIGITS, message = "{contract.settings.digits.range}") Integer numberDigits,
		@NotNull(message = "{contract.required}") @Min(value = 1, message = "{contract.settings.expiryDays.range}") @Max(value = ContractPolicy.MAX_EXPIRY_DAYS, message = "{contract.settings.expiryDays.range}") Integer expiryDays,
		@NotNull(message = "{contract.required}") @Min(value = 1, message = "{contract.settings.dueSoonDays.range}") @Max(value = ContractPolicy.MAX_DUE_SOON_DAYS, message = "{contract.settings.dueSoonDays.range}") Integer dueSoonDays,
		Long version) {

	public ContractPolicyForm {
		numberPrefix = numberPrefix == null || numberPrefix.isBlank() ? null : numberPrefix.strip();
	}

	static ContractPolicyForm of(ContractPolicy policy) {
		NumberRule rule = policy.numberRule();
		return new ContractPolicyForm(rule.prefix(), rule.datePart(), rule.digits(), policy.getExpiryDays(),
				policy.getDueSoonDays(), policy.getVersion());
	}

	/** The rule the form describes, or null while a part of it is missing or out of range. */
	NumberRule numberRule() {
		boolean complete = numberPrefix != null && NumberRule.PREFIX.matcher(numberPrefix).matches() && numberDate != null
				&& numberDigits != null && numberDigits >= NumberRule.MIN_DIGITS && numberDigits <= NumberRule.MAX_DIGITS;
		return complete ? new NumberRule(numberPrefix, numberDate, numberDigits) : null;
	}
}
