package org.hutong.sales.invoice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * A 开票申请 as its form and the API send it: the kind, the buyer's tax details, either rows (name,
 * amount with tax, rate — the amount is then their sum) or one amount with tax and its rate (by
 * default the rate of the contract's lines), remarks, and optionally which of the contract's terms it
 * is for (by position from 0; by default the terms in the order they fall due). Rows left wholly
 * blank on the page are dropped.
 */
public record InvoiceForm(@NotNull(message = "{invoice.required}") InvoiceKind kind,
		@NotBlank(message = "{invoice.required}") @Size(max = 100, message = "{invoice.tooLong}") String buyerName,
		@NotBlank(message = "{invoice.required}") @Size(max = 40, message = "{invoice.tooLong}") String buyerTaxNumber,
		@Size(max = 200, message = "{invoice.tooLong}") String buyerAddressPhone,
		@Size(max = 200, message = "{invoice.tooLong}") String buyerBankAccount,
		@DecimalMin(value = "0.01", message = "{invoice.amount.positive}")
		@Digits(integer = 14, fraction = 2, message = "{invoice.amount.decimals}") BigDecimal amount,
		@DecimalMin(value = "0", message = "{invoice.taxRate.range}") @DecimalMax(value = "17", message = "{invoice.taxRate.range}")
		@Digits(integer = 2, fraction = 2, message = "{invoice.taxRate.range}") BigDecimal taxRate,
		@Size(max = 500, message = "{invoice.tooLong}") String remarks,
		@Valid @Size(max = 20, message = "{invoice.tooLong}") List<Part> terms,
		@Valid @Size(max = MAX_LINES, message = "{invoice.lines.tooMany}") List<Line> lines) {

	/** At most so many rows on one request. */
	static final int MAX_LINES = 50;

	/** One row: what it is (货物或应税劳务、服务名称), its amount with tax and its rate, 0–17 % in two decimals. */
	public record Line(@NotBlank(message = "{invoice.required}") @Size(max = 100, message = "{invoice.tooLong}") String name,
			@NotNull(message = "{invoice.required}") @DecimalMin(value = "0.01", message = "{invoice.amount.positive}")
			@Digits(integer = 14, fraction = 2, message = "{invoice.amount.decimals}") BigDecimal amount,
			@NotNull(message = "{invoice.required}") @DecimalMin(value = "0", message = "{invoice.taxRate.range}")
			@DecimalMax(value = "17", message = "{invoice.taxRate.range}")
			@Digits(integer = 2, fraction = 2, message = "{invoice.taxRate.range}") BigDecimal taxRate) {

		public Line {
			name = Texts.clean(name);
		}

		boolean blank() {
			return name == null && amount == null && taxRate == null;
		}
	}

	/** So much of the invoice for the term at this position. */
	public record Part(@NotNull(message = "{invoice.required}") Integer term,
			@NotNull(message = "{invoice.required}") @DecimalMin(value = "0.01", message = "{invoice.amount.positive}")
			@Digits(integer = 14, fraction = 2, message = "{invoice.amount.decimals}") BigDecimal amount) {
	}

	public InvoiceForm {
		buyerName = Texts.clean(buyerName);
		buyerTaxNumber = Texts.clean(buyerTaxNumber);
		buyerAddressPhone = Texts.clean(buyerAddressPhone);
		buyerBankAccount = Texts.clean(buyerBankAccount);
		remarks = Texts.clean(remarks);
		terms = terms == null ? List.of() : terms.stream().filter(Objects::nonNull).filter(p -> p.amount() != null).toList();
		lines = lines == null ? List.of() : lines.stream().filter(Objects::nonNull).filter(l -> !l.blank()).toList();
	}

	/** The rows typed so far that can be taxed (an amount above nothing, a rate in range). */
	public InvoiceLines typed() {
		return InvoiceLines.of(lines.stream().filter(l -> l.amount() != null && l.amount().signum() > 0 && l.taxRate() != null
				&& l.taxRate().signum() >= 0 && l.taxRate().compareTo(BigDecimal.valueOf(17)) <= 0)
			.map(l -> new InvoiceLines.Draft(l.name(), l.amount(), l.taxRate())).toList());
	}

	/** The same request with these rows in place of the ones it had. */
	InvoiceForm withLines(List<Line> rows) {
		return new InvoiceForm(kind, buyerName, buyerTaxNumber, buyerAddressPhone, buyerBankAccount, amount, taxRate, remarks,
				terms, rows);
	}

	/** A blank request with the buyer's details remembered for the customer (or only its name) and the contract's rate. */
	static InvoiceForm prefilled(String name, String taxNumber, String addressPhone, String bankAccount, BigDecimal rate) {
		return new InvoiceForm(InvoiceKind.SPECIAL, name, taxNumber, addressPhone, bankAccount, null, rate, null, List.of(),
				List.of());
	}
}
