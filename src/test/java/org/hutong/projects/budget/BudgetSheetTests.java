package org.hutong.projects.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Budget against actual: a negative line and a cost of zero are refused; actual sums manual and
 * expense costs and — when known — labour, per category and per phase; without labour the labour
 * category is partial and no sum counts it; the thresholds 80 and 100 are reached at exactly their
 * percent and not without a budget.
 */
class BudgetSheetTests {

	private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

	private static final List<BudgetSheet.Category> CATEGORIES = List.of(new BudgetSheet.Category(1, "材料费", false),
			new BudgetSheet.Category(2, "人工", true));

	private static final List<BudgetSheet.Phase> PHASES = List.of(new BudgetSheet.Phase(10, "立项"),
			new BudgetSheet.Phase(11, "设计"));

	private static final List<BudgetSheet.Amount> LINES = List.of(amount(1, 10, "6000"), amount(1, null, "4000"),
			amount(2, 11, "10000"));

	private static final List<BudgetSheet.Amount> COSTS = List.of(amount(1, 10, "1500.50"), amount(1, null, "500"));

	private static BudgetSheet.Amount amount(long category, Integer phase, String amount) {
		return new BudgetSheet.Amount(category, phase == null ? null : phase.longValue(), new BigDecimal(amount));
	}

	@Test
	void aNegativeLineAndACostOfZeroAreRefused() {
		assertThatThrownBy(() -> new BudgetLine(1, 2, null, new BigDecimal("-0.01"), null, 7, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		BudgetLine line = new BudgetLine(1, 2, null, BigDecimal.ZERO, null, 7, NOW);
		assertThatThrownBy(() -> line.change(new BigDecimal("-5"), "少了", 7, NOW)).isInstanceOf(IllegalArgumentException.class);
		assertThat(line.getAmount()).isEqualByComparingTo("0");
		assertThatThrownBy(() -> new Cost(1, Cost.Source.MANUAL, "k", LocalDate.of(2026, 12, 1), 2, null, BigDecimal.ZERO,
				"零", 7L, NOW)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void actualSumsCostsAndLabourPerCategoryAndPhase() {
		Map<Long, BigDecimal> labour = new HashMap<>();
		labour.put(11L, new BigDecimal("3000"));
		labour.put(null, new BigDecimal("200"));
		BudgetSheet sheet = BudgetSheet.of(CATEGORIES, PHASES, LINES, COSTS, labour);

		assertThat(sheet.labourKnown()).isTrue();
		assertThat(sheet.total().budget()).isEqualByComparingTo("20000");
		assertThat(sheet.total().actual()).isEqualByComparingTo("5200.50");
		assertThat(sheet.total().remaining()).isEqualByComparingTo("14799.50");
		assertThat(sheet.total().burn()).isEqualTo(26);
		assertThat(sheet.categories()).extracting(r -> r.actual().toPlainString()).containsExactly("2000.50", "3200");
		assertThat(sheet.categories()).extracting(BudgetSheet.Row::partial).containsExactly(false, false);
		assertThat(sheet.phases()).extracting(r -> r.budget().intValue()).containsExactly(6000, 10000, 4000);
		assertThat(sheet.phases()).extracting(r -> r.actual().toPlainString()).containsExactly("1500.50", "3000", "700");
		assertThat(sheet.phases().get(2).id()).as("the whole project's row comes last").isNull();
	}

	@Test
	void withoutLabourTheLabourActualIsPartialAndNoSumCountsIt() {
		BudgetSheet sheet = BudgetSheet.of(CATEGORIES, PHASES, LINES, COSTS, null);
		assertThat(sheet.labourKnown()).isFalse();
		assertThat(sheet.total().actual()).isEqualByComparingTo("2000.50");
		assertThat(sheet.total().partial()).isTrue();
		BudgetSheet.Row labour = sheet.categories().get(1);
		assertThat(labour.partial()).isTrue();
		assertThat(labour.actual()).isEqualByComparingTo("0");
		assertThat(sheet.categories().get(0).partial()).isFalse();
	}

	@Test
	void thresholdsAreReachedAtTheirPercentAndNotWithoutABudget() {
		assertThat(row("10000", "7999.99").reached()).isEmpty();
		assertThat(row("10000", "8000").reached()).containsExactly(80);
		assertThat(row("10000", "9999.99").reached()).containsExactly(80);
		assertThat(row("10000", "10000").reached()).containsExactly(80, 100);
		assertThat(row("10000", "12000").over()).isTrue();
		assertThat(row("10000", "12000").bar()).isEqualTo(100);
		assertThat(row("10000", "12000").burn()).isEqualTo(120);
		assertThat(row("0", "500").reached()).isEmpty();
		assertThat(row("0", "500").burn()).isNull();
	}

	private static BudgetSheet.Row row(String budget, String actual) {
		return new BudgetSheet.Row(null, null, new BigDecimal(budget), new BigDecimal(actual), false);
	}
}
