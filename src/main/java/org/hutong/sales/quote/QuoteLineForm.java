package org.hutong.sales.quote;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * A line as the form and the API give it: a product from the catalogue (its name, spec, unit and tax
 * rate come along unless typed over), or a free line with a name of its own. A unit price left out
 * takes the price that applies to the customer; a tax rate left out, the product's (else 13 %).
 */
public record QuoteLineForm(Long productId,
		@Size(max = 100, message = "{quote.tooLong}") String name,
		@Size(max = 100, message = "{quote.tooLong}") String spec,
		@Size(max = 10, message = "{quote.tooLong}") String unit,
		@NotNull(message = "{quote.required}") @DecimalMin(value = "0.001", message = "{quote.quantity.range}")
		@DecimalMax(value = "99999999", message = "{quote.quantity.range}")
		@Digits(integer = 8, fraction = 3, message = "{quote.quantity.decimals}") BigDecimal quantity,
		@DecimalMin(value = "0", message = "{quote.price.negative}")
		@DecimalMax(value = "9999999999.99", message = "{quote.price.tooHigh}")
		@Digits(integer = 10, fraction = 2, message = "{quote.price.decimals}") BigDecimal unitPrice,
		@DecimalMin(value = "0", message = "{quote.discount.range}") @DecimalMax(value = "100", message = "{quote.discount.range}")
		@Digits(integer = 3, fraction = 2, message = "{quote.discount.decimals}") BigDecimal discount,
		@DecimalMin(value = "0", message = "{quote.taxRate.range}") @DecimalMax(value = "100", message = "{quote.taxRate.range}")
		@Digits(integer = 3, fraction = 2, message = "{quote.taxRate.decimals}") BigDecimal taxRate) {

	public QuoteLineForm {
		name = Texts.clean(name);
		spec = Texts.clean(spec);
		unit = Texts.clean(unit);
	}

	public static QuoteLineForm of(long productId, BigDecimal quantity, BigDecimal discount) {
		return new QuoteLineForm(productId, null, null, null, quantity, null, discount, null);
	}

	LinePricing.Line line() {
		return new LinePricing.Line(productId, name, spec, unit, quantity, unitPrice, discount, taxRate);
	}

	boolean blank() {
		return productId == null && name == null && spec == null && unit == null && quantity == null && unitPrice == null
				&& discount == null && taxRate == null;
	}
}
