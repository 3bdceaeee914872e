package org.hutong.sales.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.hutong.sales.collection.Offset;
import org.hutong.sales.collection.TriggerEvent;
import org.hutong.sales.quote.LinePricing;
import org.hutong.sales.quote.QuoteMath;
import org.junit.jupiter.api.Test;

/**
 * A contract's sums follow its lines: tax is worked out on each line and rounded to the fen, then the
 * lines are summed — never tax on the sum. A draft's lines changed move its amount, untaxed amount,
 * tax, CNY equivalent and the 回款计划 of terms given as shares; terms of fixed amounts stop adding up.
 */
class ContractLineTotalsTests {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	@Test
	void taxIsRoundedOnEachLineThenSummed() {
		Contract contract = draft(List.of(line("0.05", "1", null, "13"), line("0.05", "1", null, "13"),
				line("33.33", "3", "10", "13")));
		// 0.05 × 13 % = 0.0065 → 0.01 on each line: 0.02, where 13 % of the 0.10 summed would be 0.01
		assertThat(contract.getNetTotal()).isEqualByComparingTo("90.09");
		assertThat(contract.getTaxTotal()).isEqualByComparingTo("11.72");
		assertThat(contract.getTotal()).isEqualByComparingTo("101.81");
		assertThat(contract.getLines()).extracting(ContractLine::getTax)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("11.70"));
		assertThat(contract.getLines().get(2).getNet()).isEqualByComparingTo("89.99");
		assertThat(contract.getDiscountRate()).isEqualByComparingTo("9.99");
	}

	@Test
	void changedLinesMoveTheSumsAndTheShareTermsButNotTheFixedOnes() {
		Contract contract = draft(List.of(line("8849.56", "1", null, "13")));
		contract.replaceTerms(List.of(term("预付款", TermForm.ShareKind.PERCENT, "30"),
				term("尾款", TermForm.ShareKind.PERCENT, "70")), List.of(), NOW);
		assertThat(contract.getTerms().get(0).getAmount()).isEqualByComparingTo("3000.00");

		contract.reline(priced(line("4424.78", "2", null, "13"), line("1000.00", "1", null, "6")).lines(),
				BigDecimal.ZERO, NOW);
		assertThat(contract.getLines()).hasSize(2);
		assertThat(contract.getNetTotal()).isEqualByComparingTo("9849.56");
		assertThat(contract.getTaxTotal()).isEqualByComparingTo("1210.44");
		assertThat(contract.getTotal()).isEqualByComparingTo("11060.00");
		assertThat(contract.getAmountCny()).isEqualByComparingTo("11060.00");
		assertThat(contract.getTerms().get(0).getAmount()).isEqualByComparingTo("3318.00");
		assertThat(contract.getTerms().get(1).getAmount()).isEqualByComparingTo("7742.00");
		assertThat(ContractDrafts.termsFit(contract)).isTrue();

		contract.replaceTerms(List.of(term("全款", TermForm.ShareKind.FIXED, "11060.00")), List.of(), NOW);
		assertThat(ContractDrafts.termsFit(contract)).isTrue();
		contract.reline(priced(line("8849.56", "1", null, "13")).lines(), BigDecimal.ZERO, NOW);
		assertThat(contract.getTotal()).isEqualByComparingTo("10000.00");
		assertThat(ContractDrafts.termsFit(contract)).isFalse();
	}

	@Test
	void aForeignCurrencyContractKeepsItsRateAndConvertsItsLines() {
		Contract contract = new Contract("HT-2026-0002", new Contract.Origin("出口合同", 11L, null, null, BigDecimal.ZERO,
				"USD", new BigDecimal("7.1")), 21L, 21L, NOW);
		contract.takeLines(priced(line("1000.00", "3", null, "0")).lines());
		assertThat(contract.getCurrency()).isEqualTo("USD");
		assertThat(contract.getTotal()).isEqualByComparingTo("3000.00");
		assertThat(contract.getAmountCny()).isEqualByComparingTo("21300.00");
	}

	private static Contract draft(List<LinePricing.Priced> lines) {
		Contract contract = new Contract("HT-2026-0001", new Contract.Origin("配电合同", 11L, null, null, BigDecimal.ZERO),
				21L, 21L, NOW);
		ContractLines.Priced priced = ContractLines.of(lines);
		contract.reline(priced.lines(), priced.discountRate(), NOW);
		return contract;
	}

	private static ContractLines.Priced priced(LinePricing.Priced... lines) {
		return ContractLines.of(List.of(lines));
	}

	/** A free line at its own price (its reference), with the discount and tax rate given. */
	private static LinePricing.Priced line(String price, String quantity, String discount, String taxRate) {
		BigDecimal unitPrice = new BigDecimal(price);
		BigDecimal off = discount == null ? BigDecimal.ZERO : new BigDecimal(discount);
		return new LinePricing.Priced(null, "配电柜", null, "台", new BigDecimal(quantity), unitPrice, unitPrice, off,
				new BigDecimal(taxRate), QuoteMath.line(new BigDecimal(quantity), unitPrice, unitPrice, off,
						new BigDecimal(taxRate), BigDecimal.ZERO));
	}

	private static TermForm term(String name, TermForm.ShareKind kind, String value) {
		return new TermForm(name, kind, new BigDecimal(value), TriggerEvent.SIGNING, 0, Offset.Unit.CALENDAR_DAYS, false,
				false, null, null, false, null);
	}
}
