package org.hutong.sales.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The stock templates are valid terms, shaped as their names say. */
class TermTemplatesTests {

	@Test
	void theFourStockTemplatesAreThere() {
		assertThat(TermTemplates.stock()).extracting(TermTemplate::name)
			.containsExactly("30/60/10", "10/80/10", "30/65/5", "97/3");
		assertThat(TermTemplates.stock("50/50")).isEmpty();
	}

	@Test
	void everyStockTemplateIsValidForAnAwkwardAmount() {
		assertThat(TermTemplates.stock()).allSatisfy(template ->
				assertThat(template.forContract(new BigDecimal("100000.01")).check().problems()).isEmpty());
	}

	@Test
	void thirtySixtyTenPaysOnSigningArrivalAndTheWarrantysEnd() {
		TermTemplate template = TermTemplates.stock("30/60/10").orElseThrow();
		assertThat(template.terms())
			.extracting(PaymentTerm::name, term -> term.share().value(), PaymentTerm::trigger, PaymentTerm::offset)
			.containsExactly(tuple("预付款", new BigDecimal("30"), TriggerEvent.SIGNING, Offset.days(7)),
					tuple("到货款", new BigDecimal("60"), TriggerEvent.ARRIVAL, Offset.days(30)),
					tuple("质保金", new BigDecimal("10"), TriggerEvent.WARRANTY_END, Offset.NONE));
		assertThat(template.terms().get(2).retention()).isEqualTo(Retention.afterFinalAcceptance(12));
	}

	@Test
	void ninetySevenThreeWaitsForTheInvoice() {
		ContractTerms contract = TermTemplates.stock("97/3").orElseThrow().forContract(new BigDecimal("50000.00"));
		EventDates accepted = EventDates.none().with(TriggerEvent.FINAL_ACCEPTANCE, LocalDate.of(2025, 4, 1));
		Installment first = new PaymentPlans(WorkingDays.mondayToFriday()).plan(contract, accepted, LocalDate.of(2025, 6, 16)).get(0);
		assertThat(first.amount()).isEqualByComparingTo("48500.00");
		assertThat(first.status()).isEqualTo(Installment.Status.WAITING_PRECONDITION);
	}
}
