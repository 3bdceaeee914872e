package org.hutong.sales.collection;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in this engine is yuan as a {@link BigDecimal} with two decimals: every computed amount is
 * rounded to the fen HALF_UP (四舍五入), the way an invoice or a bank transfer rounds. Percentages are
 * BigDecimals with up to two decimals; a share of an amount is worked out exactly and rounded once.
 */
final class Fen {

	static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	static final BigDecimal HUNDRED = new BigDecimal("100");

	private Fen() {
	}

	static BigDecimal round(BigDecimal yuan) {
		return yuan.setScale(2, RoundingMode.HALF_UP);
	}

	/** {@code percent} % of {@code amount}, exact: rounding comes once, where the amount is final. */
	static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
		return amount.multiply(percent).movePointLeft(2);
	}

	/** What {@code part} is of {@code whole} in percent, two decimals. */
	static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
	}
}
