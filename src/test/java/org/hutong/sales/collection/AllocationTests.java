package org.hutong.sales.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Spreading a receipt or an invoice over the terms: oldest due first (ties and undated terms by plan
 * order, a batched term's installments filling one term), never beyond a term's open amount; as given,
 * with each refused part named.
 */
class AllocationTests {

	private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

	private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

	@Test
	void theOldestDueTakesFirstAndUndatedTermsComeLast() {
		List<Allocation.Slot> plan = List.of(new Allocation.Slot(0, JUNE), new Allocation.Slot(1, null),
				new Allocation.Slot(2, MAY));
		Map<Integer, BigDecimal> open = Map.of(0, money("300"), 1, money("600"), 2, money("100"));

		assertThat(Allocation.oldestDueFirst(money("450"), plan, open))
			.containsExactly(Map.entry(2, money("100")), Map.entry(0, money("300")), Map.entry(1, money("50")));
	}

	@Test
	void tiesGoByPlanOrderAndABatchedTermFillsOnce() {
		List<Allocation.Slot> plan = List.of(new Allocation.Slot(1, MAY), new Allocation.Slot(1, JUNE),
				new Allocation.Slot(0, MAY));
		Map<Integer, BigDecimal> open = Map.of(0, money("100"), 1, money("200"));

		assertThat(Allocation.oldestDueFirst(money("1000"), plan, open)).as("what no term can take is left out")
			.containsExactly(Map.entry(0, money("100")), Map.entry(1, money("200")));
	}

	@Test
	void theOpenAmountsGivenAreNotChanged() {
		Map<Integer, BigDecimal> open = new java.util.HashMap<>(Map.of(0, money("100")));
		Allocation.oldestDueFirst(money("60"), List.of(new Allocation.Slot(0, MAY)), open);
		assertThat(open).containsEntry(0, money("100"));
	}

	@Test
	void partsAsGivenAreCheckedAgainstTheirTerm() {
		Map<Integer, BigDecimal> open = Map.of(0, money("100"), 1, money("200"));

		Allocation.Given given = Allocation.asGiven(List.of(new Allocation.Part(0, money("60")),
				new Allocation.Part(0, money("50")), new Allocation.Part(5, money("10")),
				new Allocation.Part(1, money("200"))), open);

		assertThat(given.spread()).containsExactly(Map.entry(0, money("60")), Map.entry(1, money("200")));
		assertThat(given.problems()).containsExactly(
				new Allocation.Problem(1, Allocation.Problem.Kind.OVER_TERM, money("100")),
				new Allocation.Problem(2, Allocation.Problem.Kind.UNKNOWN_TERM, null));
		assertThat(given.sum()).isEqualByComparingTo("320");
		assertThat(given.addsUpTo(money("320"))).isTrue();
		assertThat(given.addsUpTo(money("260"))).isFalse();
	}

	private static BigDecimal money(String value) {
		return new BigDecimal(value).setScale(2);
	}
}
