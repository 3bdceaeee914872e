package org.hutong.sales.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 * What the quote form and the API submit. The customer is required (the deal's when made from one);
 * at least one line; blank lines are dropped. The header discount comes off every line (see
 * {@link QuoteMath}). Whether the customer, the deal and the products may be used, and whether the
 * validity date is sensible, is checked by {@link QuoteManagement}.
 *
 * @param version the version edited, for optimistic locking ({@code null} when creating)
 */
public record QuoteForm(
		@NotBlank(message = "{quote.required}") @Size(max = 100, message = "{quote.tooLong}") String title,
		@NotNull(message = "{quote.customer.required}") Long customerId,
		Long opportunityId,
		@DecimalMin(value = "0", message = "{quote.discount.range}") @DecimalMax(value = "100", message = "{quote.discount.range}")
		@Digits(integer = 3, fraction = 2, message = "{quote.discount.decimals}") BigDecimal headerDiscount,
		LocalDate validUntil,
		@Size(max = 500, message = "{quote.tooLong}") String deliveryTerms,
		@Size(max = 500, message = "{quote.tooLong}") String paymentTerms,
		@Size(max = 1000, message = "{quote.tooLong}") String remarks,
		@Valid @Size(max = QuoteForm.MAX_LINES, message = "{quote.lines.tooMany}") List<QuoteLineForm> lines,
		Long version) {

	static final int MAX_LINES = 50;

	public QuoteForm {
		title = Texts.clean(title);
		deliveryTerms = Texts.clean(deliveryTerms);
		paymentTerms = Texts.clean(paymentTerms);
		remarks = Texts.clean(remarks);
		lines = lines == null ? List.of() : lines.stream().filter(Objects::nonNull).filter(line -> !line.blank()).toList();
	}

	static QuoteForm blank(Long customerId, Long opportunityId) {
		return new QuoteForm(null, customerId, opportunityId, null, null, null, null, null, null, null);
	}

	/** A quote for fixtures and the demo. */
	public static QuoteForm of(String title, long customerId, Long opportunityId, BigDecimal headerDiscount,
			List<QuoteLineForm> lines) {
		return new QuoteForm(title, customerId, opportunityId, headerDiscount, null, null, null, null, lines, null);
	}

	public QuoteForm validUntil(LocalDate day) {
		return new QuoteForm(title, customerId, opportunityId, headerDiscount, day, deliveryTerms, paymentTerms, remarks,
				lines, version);
	}

	public QuoteForm withTerms(String delivery, String payment) {
		return new QuoteForm(title, customerId, opportunityId, headerDiscount, validUntil, delivery, payment, remarks,
				lines, version);
	}

	public QuoteForm withVersion(Long edited) {
		return new QuoteForm(title, customerId, opportunityId, headerDiscount, validUntil, deliveryTerms, paymentTerms,
				remarks, lines, edited);
	}

	BigDecimal headerDiscountOrZero() {
		return headerDiscount == null ? BigDecimal.ZERO : headerDiscount;
	}
}
