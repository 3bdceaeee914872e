package org.hutong.sales.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Contract numbers by an enterprise's rule: the default HT-2026-0001, a month's HT-202612-00007, none's
 * ZB-001; a sequence past its digits grows rather than being cut; each rule counts under its own name
 * and restarts with its year or month, never without a date; a prefix of other characters or digits
 * out of 3–8 are no rule.
 */
class NumberRuleTests {

	private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

	@Test
	void theDefaultIsHtTheYearAndFourDigits() {
		assertThat(NumberRule.DEFAULT.format(DAY, 1)).isEqualTo("HT-2026-0001");
		assertThat(NumberRule.DEFAULT.format(DAY, 123)).isEqualTo("HT-2026-0123");
		assertThat(NumberRule.DEFAULT.example(DAY)).isEqualTo("HT-2026-0001");
		assertThat(NumberRule.DEFAULT.period(DAY)).isEqualTo(LocalDate.of(2026, 1, 1));
		// the counter contracts were always counted under, so existing enterprises count on
		assertThat(NumberRule.DEFAULT.counter()).isEqualTo("HT/Y");
	}

	@Test
	void aMonthlyRuleCarriesYearAndMonthAndRestartsEachMonth() {
		NumberRule monthly = new NumberRule("XS", NumberRule.DatePart.MONTH, 5);
		assertThat(monthly.format(DAY, 7)).isEqualTo("XS-202612-00007");
		assertThat(monthly.format(LocalDate.of(2027, 1, 3), 1)).isEqualTo("XS-202701-00001");
		assertThat(monthly.period(DAY)).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(monthly.counter()).isEqualTo("XS/M");
	}

	@Test
	void aRuleWithoutDateNeverRestarts() {
		NumberRule plain = new NumberRule("ZB", NumberRule.DatePart.NONE, 3);
		assertThat(plain.format(DAY, 1)).isEqualTo("ZB-001");
		assertThat(plain.period(DAY)).isEqualTo(plain.period(LocalDate.of(2031, 6, 30)));
		assertThat(plain.counter()).isEqualTo("ZB/N");
	}

	@Test
	void aSequenceBeyondItsDigitsGrowsInsteadOfBeingCut() {
		assertThat(new NumberRule("HT", NumberRule.DatePart.YEAR, 3).format(DAY, 1234)).isEqualTo("HT-2026-1234");
		assertThat(new NumberRule("HT", NumberRule.DatePart.YEAR, 8).format(DAY, 42)).isEqualTo("HT-2026-00000042");
	}

	@Test
	void refusesPrefixesAndDigitsOutsideTheRule() {
		assertThatThrownBy(() -> new NumberRule("H-T", NumberRule.DatePart.YEAR, 4))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NumberRule("", NumberRule.DatePart.YEAR, 4)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NumberRule("ABCDEFGHIJK", NumberRule.DatePart.YEAR, 4))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NumberRule("合同", NumberRule.DatePart.YEAR, 4))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NumberRule("HT", NumberRule.DatePart.YEAR, 2)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NumberRule("HT", NumberRule.DatePart.YEAR, 9)).isInstanceOf(IllegalArgumentException.class);
		assertThat(new NumberRule("ABCDEFGHIJ", NumberRule.DatePart.NONE, 8).format(DAY, 1)).isEqualTo("ABCDEFGHIJ-00000001");
	}
}
