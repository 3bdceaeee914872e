package org.hutong.sales.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * A product line as the form and the API give it. A line's total is quantity × unit price less the
 * discount, rounded to the fen line by line; the deal's amount is the sum of the rounded lines, so
 * what the page shows per line adds up to what it shows as the total. A unit price left out takes
 * the price that applies to the customer (its price list, else the list price).
 */
public record LineForm(@NotNull(message = "{opportunity.required}") Long productId,
		@NotNull(message = "{opportunity.required}") @DecimalMin(value = "0.001", message = "{opportunity.quantity.range}")
		@DecimalMax(value = "99999999", message = "{opportunity.quantity.range}")
		@Digits(integer = 8, fraction = 3, message = "{opportunity.quantity.decimals}") BigDecimal quantity,
		@DecimalMin(value = "0", message = "{opportunity.price.negative}")
		@DecimalMax(value = "9999999999.99", message = "{opportunity.amount.tooHigh}")
		@Digits(integer = 10, fraction = 2, message = "{opportunity.price.decimals}") BigDecimal unitPrice,
		@DecimalMin(value = "0", message = "{opportunity.discount.range}") @DecimalMax(value = "100", message = "{opportunity.discount.range}")
		@Digits(integer = 3, fraction = 2, message = "{opportunity.discount.decimals}") BigDecimal discount) {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	boolean blank() {
		return productId == null && quantity == null && unitPrice == null && discount == null;
	}

	BigDecimal discountOrZero() {
		return discount == null ? BigDecimal.ZERO : discount;
	}

	LineForm pricedAt(BigDecimal price) {
		return new LineForm(productId, quantity, price, discount);
	}

	static BigDecimal total(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount) {
		BigDecimal share = HUNDRED.subtract(discount == null ? BigDecimal.ZERO : discount).divide(HUNDRED);
		return quantity.multiply(unitPrice).multiply(share).setScale(2, RoundingMode.HALF_UP);
	}

	static BigDecimal sum(List<LineForm> lines) {
		return lines.stream()
			.map(line -> total(line.quantity(), line.unitPrice(), line.discountOrZero()))
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}
}
