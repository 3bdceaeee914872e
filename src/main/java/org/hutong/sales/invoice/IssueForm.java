package org.hutong.sales.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * What finance records of the invoice it issued in the tax-control system: its number and day, and
 * its amount and tax as printed — by default the request's amount and the tax on it. The version is
 * the request's as read.
 */
public record IssueForm(@NotBlank(message = "{invoice.required}") @Size(max = 30, message = "{invoice.tooLong}") String invoiceNumber,
		@NotNull(message = "{invoice.required}") LocalDate issuedOn,
		@DecimalMin(value = "0.01", message = "{invoice.amount.positive}")
		@Digits(integer = 14, fraction = 2, message = "{invoice.amount.decimals}") BigDecimal amount,
		@DecimalMin(value = "0", message = "{invoice.tax.range}")
		@Digits(integer = 14, fraction = 2, message = "{invoice.amount.decimals}") BigDecimal tax,
		Long version) {

	public IssueForm {
		invoiceNumber = Texts.clean(invoiceNumber);
	}

	IssueForm withVersion(Long version) {
		return new IssueForm(invoiceNumber, issuedOn, amount, tax, version);
	}
}
