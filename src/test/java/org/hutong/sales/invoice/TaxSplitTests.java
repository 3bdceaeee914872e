package org.hutong.sales.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 价税分离: tax = amount × rate ÷ (100 + rate), HALF_UP to the fen; the untaxed part is the rest. */
class TaxSplitTests {

	@ParameterizedTest(name = "{0} at {1} % has {2} tax")
	@CsvSource({
			"1130.00, 13, 130.00, 1000.00",
			"100.00, 13, 11.50, 88.50", // 11.504… rounds down
			"99.99, 13, 11.50, 88.49", // 11.503…
			"1.00, 6, 0.06, 0.94", // 0.0566… rounds up
			"0.08, 13, 0.01, 0.07", // 0.0092… rounds up to a fen
			"0.04, 13, 0.00, 0.04", // 0.0046… rounds down to none
			"1.09, 9, 0.09, 1.00",
			"103.00, 3, 3.00, 100.00",
			"500.00, 0, 0.00, 500.00",
			"3333.33, 6, 188.68, 3144.65" }) // 188.679…
	void splitsTheTaxOutHalfUpToTheFen(BigDecimal amount, BigDecimal rate, BigDecimal tax, BigDecimal net) {
		TaxSplit split = TaxSplit.of(amount, rate);
		assertThat(split.tax()).isEqualByComparingTo(tax);
		assertThat(split.net()).isEqualByComparingTo(net);
		assertThat(split.net().add(split.tax())).isEqualByComparingTo(amount);
		assertThat(split.tax().scale()).isEqualTo(2);
	}

	@ParameterizedTest
	@CsvSource({ "0.005, 13, 0.01", "12.345, 13, 12.35" })
	void roundsTheAmountItselfToTheFenFirst(BigDecimal amount, BigDecimal rate, BigDecimal rounded) {
		assertThat(TaxSplit.of(amount, rate).amount()).isEqualByComparingTo(rounded);
	}
}
