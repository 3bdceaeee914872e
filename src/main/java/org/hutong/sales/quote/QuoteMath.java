package org.hutong.sales.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a quote's amounts are computed. Each line is worked out on its own and rounded to the fen:
 * net = quantity × unit price × (1 − line discount) × (1 − header discount), tax = net × tax rate,
 * total = net + tax. The quote's sums are the sums of those rounded lines, so the total printed is
 * exactly what its lines add up to. The header discount is spread over the lines for that reason,
 * rather than taken off the sum afterwards. The quote's discount rate measures the net against what
 * the lines would cost at the prices that apply to the customer (its price list, else list prices):
 * a lowered unit price is a discount as much as a discount percent is.
 */
public final class QuoteMath {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private QuoteMath() {
	}

	/** A line's amounts, each rounded to the fen. */
	public record LineAmounts(BigDecimal reference, BigDecimal net, BigDecimal tax, BigDecimal total) {
	}

	/** The quote's sums of its lines, and its discount rate in percent (two decimals). */
	public record Totals(BigDecimal reference, BigDecimal net, BigDecimal tax, BigDecimal total, BigDecimal discountRate) {

		public BigDecimal discountAmount() {
			return reference.subtract(net).max(BigDecimal.ZERO.setScale(2));
		}
	}

	public static LineAmounts line(BigDecimal quantity, BigDecimal unitPrice, BigDecimal referencePrice,
			BigDecimal discount, BigDecimal taxRate, BigDecimal headerDiscount) {
		BigDecimal net = quantity.multiply(unitPrice).multiply(share(discount)).multiply(share(headerDiscount))
			.setScale(2, RoundingMode.HALF_UP);
		BigDecimal tax = net.multiply(taxRate).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
		BigDecimal reference = quantity.multiply(referencePrice).setScale(2, RoundingMode.HALF_UP);
		return new LineAmounts(reference, net, tax, net.add(tax));
	}

	public static Totals totals(List<LineAmounts> lines) {
		BigDecimal zero = BigDecimal.ZERO.setScale(2);
		BigDecimal reference = lines.stream().map(LineAmounts::reference).reduce(zero, BigDecimal::add);
		BigDecimal net = lines.stream().map(LineAmounts::net).reduce(zero, BigDecimal::add);
		BigDecimal tax = lines.stream().map(LineAmounts::tax).reduce(zero, BigDecimal::add);
		BigDecimal total = lines.stream().map(LineAmounts::total).reduce(zero, BigDecimal::add);
		return new Totals(reference, net, tax, total, rate(reference, net));
	}

	/** How much below the reference the net is, in percent; none when there is no reference or the net is above it. */
	static BigDecimal rate(BigDecimal reference, BigDecimal net) {
		if (reference.signum() <= 0 || net.compareTo(reference) >= 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return reference.subtract(net).multiply(HUNDRED).divide(reference, 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal share(BigDecimal discount) {
		return discount == null ? BigDecimal.ONE : HUNDRED.subtract(discount).divide(HUNDRED);
	}
}
