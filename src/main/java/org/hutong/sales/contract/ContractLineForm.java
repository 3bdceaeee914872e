package org.hutong.sales.contract;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hutong.sales.quote.LinePricing;
import org.hutong.shared.Texts;

/**
 * A line of a new or draft contract as its form and the API give it: a product from the catalogue
 * (its name, spec, unit and tax rate come along unless typed over, its price for the customer when
 * the unit price is left out) or a free line with a name and price of its own. Quantities to three
 * decimals, money to the fen, VAT rates 0–17 %.
 */
public record ContractLineForm(Long productId,
		@Size(max = 100, message = "{contract.tooLong}") String name,
		@Size(max = 100, message = "{contract.tooLong}") String spec,
		@Size(max = 10, message = "{contract.tooLong}") String unit,
		@NotNull(message = "{contract.required}") @DecimalMin(value = "0.001", message = "{contract.line.quantity.range}")
		@DecimalMax(value = "99999999", message = "{contract.line.quantity.range}")
		@Digits(integer = 8, fraction = 3, message = "{contract.line.quantity.decimals}") BigDecimal quantity,
		@DecimalMin(value = "0", message = "{contract.line.price.negative}")
		@DecimalMax(value = "9999999999.99", message = "{contract.line.price.tooHigh}")
		@Digits(integer = 10, fraction = 2, message = "{contract.line.price.decimals}") BigDecimal unitPrice,
		@DecimalMin(value = "0", message = "{contract.line.discount.range}")
		@DecimalMax(value = "100", message = "{contract.line.discount.range}")
		@Digits(integer = 3, fraction = 2, message = "{contract.line.discount.decimals}") BigDecimal discount,
		@DecimalMin(value = "0", message = "{contract.line.taxRate.range}")
		@DecimalMax(value = "17", message = "{contract.line.taxRate.range}")
		@Digits(integer = 2, fraction = 2, message = "{contract.line.taxRate.range}") BigDecimal taxRate) {

	public ContractLineForm {
		name = Texts.clean(name);
		spec = Texts.clean(spec);
		unit = Texts.clean(unit);
	}

	static ContractLineForm of(ContractLine line) {
		return new ContractLineForm(line.getProductId(), line.getName(), line.getSpec(), line.getUnit(),
				line.getQuantity(), line.getUnitPrice(), line.getDiscount(), line.getTaxRate());
	}

	static ContractLineForm of(LinePricing.Line line) {
		return new ContractLineForm(line.productId(), line.name(), line.spec(), line.unit(), line.quantity(),
				line.unitPrice(), line.discount(), line.taxRate());
	}

	LinePricing.Line line() {
		return new LinePricing.Line(productId, name, spec, unit, quantity, unitPrice, discount, taxRate);
	}

	boolean blank() {
		return productId == null && name == null && spec == null && unit == null && quantity == null && unitPrice == null
				&& discount == null && taxRate == null;
	}
}
