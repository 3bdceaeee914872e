package org.hutong.sales.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hutong.sales.collection.Installment.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Due dates from events and offsets, and where each installment stands on a fixed day. */
class PaymentPlansTests {

	/** A Monday. */
	static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

	static final BigDecimal AMOUNT = new BigDecimal("100000.00");

	final PaymentPlans plans = new PaymentPlans(WorkingDays.mondayToFriday());

	@ParameterizedTest
	@EnumSource(names = { "SIGNING", "APPROVAL", "DELIVERY", "ARRIVAL", "INITIAL_ACCEPTANCE", "FINAL_ACCEPTANCE",
			"INVOICE_ISSUED" })
	void aRecordedEventDatesTheTermItTriggers(TriggerEvent trigger) {
		ContractTerms contract = whole(PaymentTerm.of("款项", Share.percent("100"), trigger, Offset.days(10)));

		Installment waiting = only(plans.plan(contract, EventDates.none(), TODAY));
		assertThat(waiting.dueDate()).isNull();
		assertThat(waiting.status()).isEqualTo(Status.NOT_TRIGGERED);

		Installment dated = only(plans.plan(contract, EventDates.none().with(trigger, LocalDate.of(2025, 6, 3)), TODAY));
		assertThat(dated.dueDate()).isEqualTo(LocalDate.of(2025, 6, 13));
		assertThat(dated.status()).isEqualTo(Status.OVERDUE);
		assertThat(dated.amount()).isEqualByComparingTo("100000.00");
	}

	@Test
	void anotherEventDoesNotTriggerTheTerm() {
		ContractTerms contract = whole(PaymentTerm.of("到货款", Share.percent("100"), TriggerEvent.ARRIVAL, Offset.NONE));
		EventDates shipped = EventDates.none().with(TriggerEvent.DELIVERY, TODAY);
		assertThat(only(plans.plan(contract, shipped, TODAY)).status()).isEqualTo(Status.NOT_TRIGGERED);
	}

	@Test
	void aFixedDateTermIsDueOnItsDate() {
		ContractTerms contract = whole(PaymentTerm.of("进度款", Share.percent("100"), TriggerEvent.FIXED_DATE, Offset.NONE)
			.withDate(LocalDate.of(2025, 7, 1)));
		Installment installment = only(plans.plan(contract, EventDates.none(), TODAY));
		assertThat(installment.dueDate()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(installment.status()).isEqualTo(Status.NOT_DUE);
	}

	@Test
	void theWarrantyEndsItsMonthsAfterTheAcceptanceItRunsFrom() {
		ContractTerms contract = TermTemplates.stock("30/60/10").orElseThrow().forContract(AMOUNT);
		EventDates accepted = EventDates.none().with(TriggerEvent.FINAL_ACCEPTANCE, LocalDate.of(2024, 1, 31));
		assertThat(plans.plan(contract, accepted, TODAY).get(2).dueDate()).isEqualTo(LocalDate.of(2025, 1, 31));

		PaymentTerm fromInitial = PaymentTerm.of("质保金", Share.percent("100"), TriggerEvent.WARRANTY_END, Offset.days(30))
			.withRetention(new Retention(13, TriggerEvent.INITIAL_ACCEPTANCE, Retention.Base.TAXED));
		EventDates initial = EventDates.none().with(TriggerEvent.INITIAL_ACCEPTANCE, LocalDate.of(2024, 1, 31));
		assertThat(only(plans.plan(whole(fromInitial), initial, TODAY)).dueDate())
			.as("31 Jan 2024 + 13 months = 28 Feb 2025, + 30 days").isEqualTo(LocalDate.of(2025, 3, 30));
	}

	@Test
	void aWorkingDayOffsetFromAFridayArrivalFallsOnTheMonday() {
		ContractTerms contract = whole(PaymentTerm.of("到货款", Share.percent("100"), TriggerEvent.ARRIVAL, Offset.workingDays(1)));
		EventDates arrived = EventDates.none().with(TriggerEvent.ARRIVAL, LocalDate.of(2025, 6, 13));
		Installment installment = only(plans.plan(contract, arrived, TODAY));
		assertThat(installment.dueDate()).isEqualTo(TODAY);
		assertThat(installment.status()).isEqualTo(Status.DUE);
	}

	@Test
	void anInstallmentIsNotDueThenDueOnItsDayThenOverdue() {
		ContractTerms contract = whole(PaymentTerm.of("预付款", Share.percent("100"), TriggerEvent.SIGNING, Offset.days(7)));
		EventDates signed = EventDates.none().with(TriggerEvent.SIGNING, LocalDate.of(2025, 6, 9));
		assertThat(only(plans.plan(contract, signed, TODAY.minusDays(1))).status()).isEqualTo(Status.NOT_DUE);
		assertThat(only(plans.plan(contract, signed, TODAY)).status()).isEqualTo(Status.DUE);
		assertThat(only(plans.plan(contract, signed, TODAY.plusDays(1))).status()).isEqualTo(Status.OVERDUE);
	}

	@Test
	void aPassedDateWaitsForItsPreconditions() {
		ContractTerms contract = whole(PaymentTerm.of("验收款", Share.percent("100"), TriggerEvent.FINAL_ACCEPTANCE, Offset.days(30))
			.withPreconditions(Precondition.INVOICE_ISSUED, Precondition.GUARANTEE_RECEIVED));
		EventDates accepted = EventDates.none().with(TriggerEvent.FINAL_ACCEPTANCE, LocalDate.of(2025, 4, 1));

		Installment waiting = only(plans.plan(contract, accepted, TODAY));
		assertThat(waiting.status()).isEqualTo(Status.WAITING_PRECONDITION);
		assertThat(waiting.waitingFor()).containsExactly(Precondition.INVOICE_ISSUED, Precondition.GUARANTEE_RECEIVED);

		EventDates invoiced = accepted.with(TriggerEvent.INVOICE_ISSUED, LocalDate.of(2025, 4, 2));
		assertThat(only(plans.plan(contract, invoiced, TODAY)).waitingFor()).containsExactly(Precondition.GUARANTEE_RECEIVED);

		Installment collectable = only(plans.plan(contract, invoiced.withGuaranteeReceived(LocalDate.of(2025, 4, 3)), TODAY));
		assertThat(collectable.status()).isEqualTo(Status.OVERDUE);
		assertThat(collectable.waitingFor()).isEmpty();

		assertThat(only(plans.plan(contract, accepted, LocalDate.of(2025, 4, 15))).status())
			.as("before its date a term is just not due").isEqualTo(Status.NOT_DUE);
	}

	@Test
	void withoutAnAcceptanceTheDeemedOneDatesTheTermAndSaysSo() {
		ContractTerms contract = whole(PaymentTerm.of("验收款", Share.percent("100"), TriggerEvent.FINAL_ACCEPTANCE, Offset.days(10))
			.withDeemedAcceptance(30));
		EventDates arrived = EventDates.none().with(TriggerEvent.ARRIVAL, LocalDate.of(2025, 5, 1));

		Installment deemed = only(plans.plan(contract, arrived, TODAY));
		assertThat(deemed.dueDate()).as("1 May + 30 days + 10 days").isEqualTo(LocalDate.of(2025, 6, 10));
		assertThat(deemed.deemed()).isTrue();
		assertThat(deemed.status()).isEqualTo(Status.OVERDUE);

		Installment recorded = only(plans.plan(contract, arrived.with(TriggerEvent.FINAL_ACCEPTANCE, LocalDate.of(2025, 5, 20)), TODAY));
		assertThat(recorded.dueDate()).isEqualTo(LocalDate.of(2025, 5, 30));
		assertThat(recorded.deemed()).isFalse();

		Installment late = only(plans.plan(contract, arrived.with(TriggerEvent.FINAL_ACCEPTANCE, LocalDate.of(2025, 6, 5)), TODAY));
		assertThat(late.dueDate()).as("accepted after the deadline: the deemed acceptance came first").isEqualTo(LocalDate.of(2025, 6, 10));
		assertThat(late.deemed()).isTrue();

		assertThat(only(plans.plan(contract, EventDates.none(), TODAY)).status()).as("nothing arrived")
			.isEqualTo(Status.NOT_TRIGGERED);
	}

	@Test
	void aDeemedAcceptanceStartsTheWarrantyToo() {
		PaymentTerm retention = PaymentTerm.of("质保金", Share.percent("100"), TriggerEvent.WARRANTY_END, Offset.NONE)
			.withRetention(Retention.afterFinalAcceptance(12)).withDeemedAcceptance(15);
		Installment installment = only(plans.plan(whole(retention),
				EventDates.none().with(TriggerEvent.ARRIVAL, LocalDate.of(2025, 1, 16)), TODAY));
		assertThat(installment.dueDate()).isEqualTo(LocalDate.of(2026, 1, 31));
		assertThat(installment.deemed()).isTrue();
	}

	@Test
	void batchTermsArePaidBatchByBatchFromEachBatchsEvents() {
		ContractTerms contract = TermTemplates.stock("30/60/10").orElseThrow().forContract(AMOUNT)
			.inBatches(List.of(Batch.of(1, "40"), Batch.of(2, "60")));
		EventDates events = EventDates.none().with(TriggerEvent.SIGNING, LocalDate.of(2025, 3, 3))
			.with(TriggerEvent.ARRIVAL, 1, LocalDate.of(2025, 4, 1))
			.with(TriggerEvent.FINAL_ACCEPTANCE, 1, LocalDate.of(2025, 5, 6));

		assertThat(plans.plan(contract, events, TODAY))
			.extracting(Installment::name, Installment::batch, Installment::amount, Installment::dueDate, Installment::status)
			.containsExactly(
					tuple("预付款", null, new BigDecimal("30000.00"), LocalDate.of(2025, 3, 10), Status.OVERDUE),
					tuple("到货款", 1, new BigDecimal("24000.00"), LocalDate.of(2025, 5, 1), Status.OVERDUE),
					tuple("到货款", 2, new BigDecimal("36000.00"), null, Status.NOT_TRIGGERED),
					tuple("质保金", 1, new BigDecimal("4000.00"), LocalDate.of(2026, 5, 6), Status.NOT_DUE),
					tuple("质保金", 2, new BigDecimal("6000.00"), null, Status.NOT_TRIGGERED));
	}

	@Test
	void anEventForTheWholeContractServesEveryBatchWithoutItsOwn() {
		ContractTerms contract = whole(PaymentTerm.of("验收款", Share.percent("100"), TriggerEvent.FINAL_ACCEPTANCE, Offset.NONE))
			.inBatches(List.of(Batch.of(1, "40"), Batch.of(2, "60")));
		EventDates events = EventDates.none().with(TriggerEvent.FINAL_ACCEPTANCE, LocalDate.of(2025, 6, 1))
			.with(TriggerEvent.FINAL_ACCEPTANCE, 2, LocalDate.of(2025, 6, 5));
		assertThat(plans.plan(contract, events, TODAY)).extracting(Installment::dueDate)
			.containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 5));
	}

	@Test
	void invalidTermsAreNotScheduled() {
		ContractTerms contract = whole(PaymentTerm.of("预付款", Share.percent("30"), TriggerEvent.SIGNING, Offset.NONE));
		assertThatThrownBy(() -> plans.plan(contract, EventDates.none(), TODAY)).isInstanceOf(PaymentTermsInvalid.class)
			.satisfies(thrown -> assertThat(((PaymentTermsInvalid) thrown).check().problems())
				.extracting(Problem::key).containsExactly("term.shares.sum"));
	}

	static ContractTerms whole(PaymentTerm term) {
		return ContractTerms.of(AMOUNT, List.of(term));
	}

	static Installment only(List<Installment> plan) {
		assertThat(plan).hasSize(1);
		return plan.get(0);
	}
}
