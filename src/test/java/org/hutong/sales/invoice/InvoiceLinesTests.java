package org.hutong.sales.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * 发票明细: the tax is split out on each row HALF_UP to the fen and then summed — never the tax of the
 * sum; the totals per rate; rows scaled to another amount add up to it to the fen.
 */
class InvoiceLinesTests {

	@Test
	void taxesEachRowOnItsOwnAndSumsTheRows() {
		// each row's 0.0566… rounds up to 0.06; the sum's 0.1698… would round to 0.17
		InvoiceLines lines = InvoiceLines.of(List.of(row("电缆附件", "1.00", "6"), row("安装调试服务", "1.00", "6"),
				row("技术服务", "1.00", "6")));
		assertThat(lines.items()).extracting(InvoiceLines.Item::tax).allSatisfy(tax -> assertThat(tax).isEqualByComparingTo("0.06"));
		assertThat(lines.tax()).isEqualByComparingTo("0.18");
		assertThat(TaxSplit.of(lines.total(), new BigDecimal("6")).tax()).isEqualByComparingTo("0.17");
		assertThat(lines.total()).isEqualByComparingTo("3.00");
		assertThat(lines.net()).isEqualByComparingTo("2.82");
		assertThat(lines.singleRate()).isEqualByComparingTo("6");
	}

	@Test
	void totalsEachRateHighestFirstAndHasNoRateOfItsOwnWhenMixed() {
		InvoiceLines lines = InvoiceLines.of(List.of(row("安装调试服务", "3000.00", "6"), row("高压开关柜", "10000.00", "13"),
				row("运输", "2000.00", "9"), row("变压器", "1130.00", "13.00")));
		assertThat(lines.tax()).isEqualByComparingTo("1615.39"); // 1150.44 + 130.00 + 169.81 + 165.14
		assertThat(lines.total()).isEqualByComparingTo("16130.00");
		assertThat(lines.singleRate()).isNull();
		List<InvoiceLines.ByRate> rates = lines.byRate();
		assertThat(rates).extracting(InvoiceLines.ByRate::taxRate).extracting(BigDecimal::stripTrailingZeros)
			.containsExactly(new BigDecimal("13"), new BigDecimal("9"), new BigDecimal("6"));
		assertThat(rates.get(0).amount()).isEqualByComparingTo("11130.00");
		assertThat(rates.get(0).tax()).isEqualByComparingTo("1280.44");
		assertThat(rates.get(0).net()).isEqualByComparingTo("9849.56");
		assertThat(rates.get(2).tax()).isEqualByComparingTo("169.81");
	}

	@Test
	void scalesTheRowsToAnotherAmountToTheFenAndTaxesThemAgain() {
		InvoiceLines lines = InvoiceLines.of(List.of(row("高压开关柜", "8000.00", "13"), row("安装调试服务", "2000.00", "6")));
		InvoiceLines third = lines.scaledTo(new BigDecimal("3333.33"));
		assertThat(third.items()).extracting(InvoiceLines.Item::amount).containsExactly(new BigDecimal("2666.66"),
				new BigDecimal("666.67"));
		assertThat(third.total()).isEqualByComparingTo("3333.33");
		assertThat(third.tax()).isEqualByComparingTo("344.52"); // 306.78 + 37.74

		InvoiceLines even = InvoiceLines.of(List.of(row("A", "1.00", "13"), row("B", "1.00", "13"), row("C", "1.00", "13")))
			.scaledTo(BigDecimal.ONE);
		assertThat(even.items()).extracting(InvoiceLines.Item::amount).containsExactly(new BigDecimal("0.34"),
				new BigDecimal("0.33"), new BigDecimal("0.33"));
	}

	@Test
	void fillsFromTheContractLinesOneRowPerNameAndRateLeavingOutLinesOfNothing() {
		InvoiceLines filled = InvoiceLines.fromContract(List.of(row("高压开关柜", "60000.00", "13"),
				row("安装调试服务", "10000.00", "6"), row("高压开关柜", "30000.00", "13"), row("赠品", "0.00", "13")),
				new BigDecimal("30000.00"));
		assertThat(filled.items()).extracting(InvoiceLines.Item::name).containsExactly("高压开关柜", "安装调试服务");
		assertThat(filled.items()).extracting(InvoiceLines.Item::amount).containsExactly(new BigDecimal("27000.00"),
				new BigDecimal("3000.00"));
		assertThat(filled.byRate()).hasSize(2);
	}

	private static InvoiceLines.Draft row(String name, String amount, String rate) {
		return new InvoiceLines.Draft(name, new BigDecimal(amount), new BigDecimal(rate));
	}
}
