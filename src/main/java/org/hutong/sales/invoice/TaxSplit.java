package org.hutong.sales.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount with tax split into its untaxed part and its tax (价税分离): tax = amount × rate ÷ (100 +
 * rate), rounded HALF_UP to the fen, and the untaxed part is what is left, so the two always add up to
 * the amount. One amount at one rate is one line; an invoice of several lines sums the lines' taxes.
 *
 * @param rate the tax rate in percent (13 for 13 %)
 */
public record TaxSplit(BigDecimal amount, BigDecimal rate, BigDecimal net, BigDecimal tax) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static TaxSplit of(BigDecimal amount, BigDecimal rate) {
		BigDecimal gross = amount.setScale(2, RoundingMode.HALF_UP);
		BigDecimal tax = gross.multiply(rate).divide(HUNDRED.add(rate), 2, RoundingMode.HALF_UP);
		return new TaxSplit(gross, rate, gross.subtract(tax), tax);
	}
}
