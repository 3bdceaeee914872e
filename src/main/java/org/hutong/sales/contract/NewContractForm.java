package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * 新建合同 without a quote or deal to take it from: the customer (one the user may read), optionally
 * one of that customer's deals, the currency (CNY unless said; another one needs its rate to CNY), a
 * title (else the deal's or the customer's name) and at least one line. Whether the customer, the deal
 * and the products may be used is checked by {@link ContractLines}.
 */
public record NewContractForm(@NotNull(message = "{contract.customer.required}") Long customerId,
		Long opportunityId,
		@Pattern(regexp = "[A-Z]{3}", message = "{contract.currency.invalid}") String currency,
		@DecimalMin(value = "0.000001", message = "{contract.rate.range}")
		@DecimalMax(value = "999999", message = "{contract.rate.range}")
		@Digits(integer = 6, fraction = 6, message = "{contract.rate.range}") BigDecimal cnyRate,
		@Size(max = 100, message = "{contract.tooLong}") String title,
		@Valid @Size(max = LinesForm.MAX_LINES, message = "{contract.lines.tooMany}") List<ContractLineForm> lines) {

	public NewContractForm {
		currency = Texts.clean(currency);
		currency = currency == null ? Contract.CNY : currency.toUpperCase(java.util.Locale.ROOT);
		title = Texts.clean(title);
		lines = LinesForm.compact(lines);
	}

	static NewContractForm blank(Long customerId, Long opportunityId) {
		return new NewContractForm(customerId, opportunityId, null, null, null, List.of());
	}

	NewContractForm withLines(List<ContractLineForm> changed) {
		return new NewContractForm(customerId, opportunityId, currency, cnyRate, title, changed);
	}
}
