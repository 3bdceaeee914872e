package org.hutong.sales.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A corrected or newly recorded event moves the due dates that depend on it, and only those. */
class DueDateChangesTests {

	final PaymentPlans plans = new PaymentPlans(WorkingDays.mondayToFriday());

	final ContractTerms contract = TermTemplates.stock("30/60/10").orElseThrow().forContract(new BigDecimal("100000.00"))
		.inBatches(List.of(Batch.of(1, "40"), Batch.of(2, "60")));

	final EventDates before = EventDates.none().with(TriggerEvent.SIGNING, LocalDate.of(2025, 3, 3))
		.with(TriggerEvent.ARRIVAL, 1, LocalDate.of(2025, 4, 1))
		.with(TriggerEvent.ARRIVAL, 2, LocalDate.of(2025, 5, 6));

	@Test
	void aCorrectedArrivalMovesOnlyThatBatchsInstallment() {
		EventDates after = before.with(TriggerEvent.ARRIVAL, 2, LocalDate.of(2025, 5, 9));
		assertThat(plans.changes(contract, before, after))
			.containsExactly(new DueDateChange(1, "到货款", 2, LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 8)));
	}

	@Test
	void aNewlyRecordedEventDatesWhatHadNoDate() {
		EventDates after = before.with(TriggerEvent.FINAL_ACCEPTANCE, LocalDate.of(2025, 6, 2));
		assertThat(plans.changes(contract, before, after)).containsExactly(
				new DueDateChange(2, "质保金", 1, null, LocalDate.of(2026, 6, 2)),
				new DueDateChange(2, "质保金", 2, null, LocalDate.of(2026, 6, 2)));
	}

	@Test
	void anAcceptanceWithinTheDeadlineReplacesTheDeemedDate() {
		ContractTerms deemed = ContractTerms.of(new BigDecimal("100000.00"),
				List.of(PaymentTerm.of("验收款", Share.percent("100"), TriggerEvent.INITIAL_ACCEPTANCE, Offset.workingDays(5))
					.withDeemedAcceptance(30)));
		EventDates arrived = EventDates.none().with(TriggerEvent.ARRIVAL, LocalDate.of(2025, 5, 1));
		EventDates accepted = arrived.with(TriggerEvent.INITIAL_ACCEPTANCE, LocalDate.of(2025, 5, 16));
		// deemed: 31 May (a Saturday) + 5 working days = Fri 6 June; accepted Fri 16 May + 5 = Fri 23 May
		assertThat(plans.changes(deemed, arrived, accepted))
			.containsExactly(new DueDateChange(0, "验收款", null, LocalDate.of(2025, 6, 6), LocalDate.of(2025, 5, 23)));
	}

	@Test
	void theSameEventsChangeNothing() {
		assertThat(plans.changes(contract, before, before.with(TriggerEvent.APPROVAL, LocalDate.of(2025, 3, 1)))).isEmpty();
	}
}
