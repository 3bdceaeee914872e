package org.hutong.sales.collection;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A 批次 of a contract delivered in parts, with its share of the contract value in percent (batch 1 =
 * 40 %, batch 2 = 60 %). Terms triggered by delivery, arrival or acceptance are paid per batch in
 * these proportions.
 */
public record Batch(int number, BigDecimal percent) {

	public Batch {
		Objects.requireNonNull(percent, "percent");
	}

	public static Batch of(int number, String percent) {
		return new Batch(number, new BigDecimal(percent));
	}
}
