package org.hutong.sales.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Totals and rounding: tax on each line, rounded to the fen, and a total that is exactly the sum of its lines. */
class QuoteMathTests {

	@Test
	void aLineIsDiscountedThenTaxedEachRoundedToTheFen() {
		// 3 × 36,160.00 less 8 % = 99,801.60; 13 % tax = 12,974.208 → 12,974.21
		QuoteMath.LineAmounts line = QuoteMath.line(new BigDecimal("3"), new BigDecimal("36160.00"),
				new BigDecimal("36160.00"), new BigDecimal("8"), new BigDecimal("13"), BigDecimal.ZERO);
		assertThat(line.net()).isEqualByComparingTo("99801.60");
		assertThat(line.tax()).isEqualByComparingTo("12974.21");
		assertThat(line.total()).isEqualByComparingTo("112775.81");
		assertThat(line.reference()).isEqualByComparingTo("108480.00");
	}

	@Test
	void theHeaderDiscountComesOffEveryLineAfterItsOwn() {
		QuoteMath.LineAmounts line = QuoteMath.line(new BigDecimal("1"), new BigDecimal("1000"), new BigDecimal("1000"),
				new BigDecimal("10"), new BigDecimal("13"), new BigDecimal("5"));
		assertThat(line.net()).isEqualByComparingTo("855.00");
		QuoteMath.Totals totals = QuoteMath.totals(List.of(line));
		assertThat(totals.discountRate()).isEqualByComparingTo("14.50");
		assertThat(totals.discountAmount()).isEqualByComparingTo("145.00");
	}

	@Test
	void aLoweredUnitPriceCountsAsDiscountAgainstTheApplicablePrice() {
		QuoteMath.LineAmounts line = QuoteMath.line(new BigDecimal("2"), new BigDecimal("850"), new BigDecimal("1000"),
				BigDecimal.ZERO, new BigDecimal("13"), BigDecimal.ZERO);
		assertThat(QuoteMath.totals(List.of(line)).discountRate()).isEqualByComparingTo("15.00");
		QuoteMath.LineAmounts above = QuoteMath.line(new BigDecimal("1"), new BigDecimal("1200"), new BigDecimal("1000"),
				BigDecimal.ZERO, new BigDecimal("13"), BigDecimal.ZERO);
		assertThat(QuoteMath.totals(List.of(above)).discountRate()).as("a price above the list is no discount").isZero();
	}

	/** Hundreds of random quotes: the total is the sum of the printed line totals, to the fen, every time. */
	@Test
	void aQuotesTotalIsTheSumOfItsLinesToTheFen() {
		Random random = new Random(7);
		for (int quote = 0; quote < 500; quote++) {
			BigDecimal header = BigDecimal.valueOf(random.nextInt(2000), 2);
			List<QuoteMath.LineAmounts> lines = new ArrayList<>();
			for (int i = 0; i < 1 + random.nextInt(12); i++) {
				BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(99_999), 3);
				BigDecimal price = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
				BigDecimal discount = BigDecimal.valueOf(random.nextInt(3000), 2);
				BigDecimal tax = random.nextBoolean() ? new BigDecimal("13") : new BigDecimal("9");
				lines.add(QuoteMath.line(quantity, price, price, discount, tax, header));
			}
			QuoteMath.Totals totals = QuoteMath.totals(lines);
			BigDecimal printed = lines.stream().map(QuoteMath.LineAmounts::total).reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(totals.total()).isEqualByComparingTo(printed);
			assertThat(totals.total()).isEqualByComparingTo(totals.net().add(totals.tax()));
			assertThat(totals.total().scale()).isEqualTo(2);
			lines.forEach(line -> assertThat(line.tax())
				.isEqualByComparingTo(line.total().subtract(line.net()).setScale(2, RoundingMode.UNNECESSARY)));
		}
	}

	@Test
	void aRevisionListsWhatChangedAndSavingItAgainFoldsTheChanges() {
		var v1 = new QuoteChanges.Snapshot(java.util.Map.of("p1", new QuoteChanges.LineState("KYN28A-12", new BigDecimal("10"),
				new BigDecimal("36160"), BigDecimal.ZERO)), BigDecimal.ZERO, null, null, null, new BigDecimal("408608.00"));
		var v2 = new QuoteChanges.Snapshot(java.util.Map.of("p1", new QuoteChanges.LineState("KYN28A-12", new BigDecimal("12"),
				new BigDecimal("36160"), BigDecimal.ZERO)), new BigDecimal("5"), null, null, null, new BigDecimal("465813.12"));
		List<QuoteChange> first = QuoteChanges.between(v1, v2);
		assertThat(first).extracting(QuoteChange::what).containsExactly("quantity", "headerDiscount", "total");
		assertThat(first.get(0)).isEqualTo(new QuoteChange("quantity", "KYN28A-12", "10", "12"));
		// saved again with the header discount undone: it drops out, the quantity change stays
		var back = new QuoteChanges.Snapshot(v2.lines(), BigDecimal.ZERO, null, null, null, new BigDecimal("490329.60"));
		List<QuoteChange> folded = QuoteChanges.fold(first, QuoteChanges.between(v2, back));
		assertThat(folded).extracting(QuoteChange::what).containsExactly("quantity", "total");
		assertThat(folded.get(1)).isEqualTo(new QuoteChange("total", null, "408608", "490329.6"));
	}
}
