package org.hutong.sales.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hutong.sales.collection.Offset;
import org.hutong.sales.collection.TriggerEvent;
import org.junit.jupiter.api.Test;

/**
 * The 回款计划 a contract's terms keep for the receivables, driven through the contract's own
 * transitions with fixed days: amounts and due days from the moment terms are set, owed only once
 * the contract is in effect, moved by an event's date (with a 变更记录 entry), and reduced by what is
 * collected until the term is settled.
 */
class ReceivablePlanTests {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private static final LocalDate SIGNED = LocalDate.of(2026, 3, 2);

	@Test
	void termsKeepTheirAmountAndDueDayAndAreOwedOnceInEffect() {
		Contract contract = draft();
		ContractTerm advance = contract.getTerms().get(0);
		ContractTerm arrival = contract.getTerms().get(1);
		assertThat(advance.getAmount()).isEqualByComparingTo("3000.00");
		assertThat(advance.getDueOn()).isEqualTo(SIGNED.plusDays(7));
		assertThat(arrival.getAmount()).isEqualByComparingTo("6000.00");
		assertThat(arrival.getDueOn()).as("no arrival yet").isNull();
		assertThat(advance.getOwedOn()).as("a draft owes nothing").isNull();

		effective(contract);
		assertThat(advance.getOwedOn()).isEqualTo(SIGNED.plusDays(7));
		assertThat(arrival.getOwedOn()).as("not dated, not a receivable yet").isNull();
		assertThat(contract.termChanges()).as("a due day appearing is no change").isEmpty();
	}

	@Test
	void anEventDateThatMovesMovesTheDueDayAndIsWrittenIntoTheHistory() {
		Contract contract = effective(draft());
		ContractTerm arrival = contract.getTerms().get(1);
		contract.occurred(TriggerEvent.ARRIVAL, LocalDate.of(2026, 4, 1), NOW);
		assertThat(arrival.getDueOn()).isEqualTo(LocalDate.of(2026, 5, 1));
		assertThat(arrival.getOwedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
		assertThat(contract.termChanges()).isEmpty();

		contract.occurred(TriggerEvent.ARRIVAL, LocalDate.of(2026, 4, 10), NOW);
		assertThat(arrival.getDueOn()).isEqualTo(LocalDate.of(2026, 5, 10));
		assertThat(contract.termChanges()).singleElement().satisfies(change -> {
			assertThat(change.getTermPosition()).isEqualTo(2);
			assertThat(change.getCause()).isEqualTo(TriggerEvent.ARRIVAL);
			assertThat(change.getDueBefore()).isEqualTo(LocalDate.of(2026, 5, 1));
			assertThat(change.getDueAfter()).isEqualTo(LocalDate.of(2026, 5, 10));
		});

		contract.occurred(TriggerEvent.ARRIVAL, null, NOW);
		assertThat(arrival.getDueOn()).as("the arrival undone").isNull();
		assertThat(arrival.getOwedOn()).isNull();
		assertThat(contract.termChanges()).hasSize(2);
		assertThat(contract.termChanges().get(1).getDueAfter()).isNull();
	}

	@Test
	void collectionsReduceWhatIsOwedUntilTheTermIsSettled() {
		Contract contract = effective(draft());
		ContractTerm advance = contract.getTerms().get(0);
		assertThat(contract.collect(new BigDecimal("1000.00"), Map.of(0, new BigDecimal("1000.00")), NOW)).isTrue();
		assertThat(advance.getOwedOn()).isEqualTo(SIGNED.plusDays(7));
		assertThat(advance.getOwed()).isEqualByComparingTo("2000.00");
		assertThat(contract.collect(new BigDecimal("2000.00"), Map.of(0, new BigDecimal("2000.00")), NOW)).isTrue();
		assertThat(advance.getOwedOn()).as("settled").isNull();
		assertThat(advance.getOwed()).isNull();
	}

	@Test
	void aForeignCurrencyTermOwesItsAmountAtTheContractsRateInCny() {
		Contract contract = draft();
		contract.describe(new ContractForm("出口合同", SIGNED, null, null, null, null, "USD", new BigDecimal("7.1"), null,
				null, null, 0L), NOW);
		effective(contract);
		assertThat(contract.getTerms().get(0).getOwedCny()).isEqualByComparingTo("21300.00");
	}

	private static Contract effective(Contract contract) {
		contract.submitted(7L, NOW);
		assertThat(contract.decided(7L, true, null, NOW)).isTrue();
		return contract;
	}

	private static Contract draft() {
		Contract contract = new Contract("HT-2026-0001", new Contract.Origin("开关柜采购合同", 11L, null, null, BigDecimal.ZERO),
				21L, 21L, NOW);
		contract.takeLines(List.of(new ContractLine.Priced(null, "开关柜", null, "台", BigDecimal.ONE,
				new BigDecimal("8849.56"), BigDecimal.ZERO, new BigDecimal("13"), new BigDecimal("8849.56"),
				new BigDecimal("1150.44"), new BigDecimal("10000.00"))));
		contract.describe(new ContractForm("开关柜采购合同", SIGNED, null, null, null, null, "CNY", null, 12, null, null, 0L),
				NOW);
		contract.replaceTerms(List.of(
				term("预付款", "30", TriggerEvent.SIGNING, 7, null),
				term("到货款", "60", TriggerEvent.ARRIVAL, 30, null),
				term("质保金", "10", TriggerEvent.WARRANTY_END, 0, 12)), List.of(), NOW);
		return contract;
	}

	private static TermForm term(String name, String percent, TriggerEvent trigger, int days, Integer warrantyMonths) {
		return new TermForm(name, TermForm.ShareKind.PERCENT, new BigDecimal(percent), trigger, days,
				Offset.Unit.CALENDAR_DAYS, false, false, null, warrantyMonths, false, null);
	}
}
