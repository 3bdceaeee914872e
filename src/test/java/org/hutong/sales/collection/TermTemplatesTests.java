package org.hutong.sales.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The stock templates are valid terms, shaped as their names say; a template of an enterprise's own is
 * checked as terms of any contract: short of 100 % it says by how much, a fixed amount is refused.
 */
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

	@Test
	void everyStockTemplatePassesTheTemplateCheck() {
		assertThat(TermTemplates.stock()).allSatisfy(template -> assertThat(template.check().isValid()).isTrue());
	}

	@Test
	void aTemplateShortOfAHundredPercentSaysByHowMuch() {
		TermTemplate short95 = new TermTemplate("30/65", List.of(
				PaymentTerm.of("预付款", Share.percent("30"), TriggerEvent.SIGNING, Offset.days(7)),
				PaymentTerm.of("验收款", Share.percent("65"), TriggerEvent.FINAL_ACCEPTANCE, Offset.days(30))));
		assertThat(short95.check().problems()).singleElement().satisfies(problem -> {
			assertThat(problem.key()).isEqualTo("term.shares.sum");
			assertThat(problem.differencePercent()).isEqualByComparingTo("5");
		});
	}

	@Test
	void aTemplateTakesPercentsNotFixedAmounts() {
		TermTemplate fixed = new TermTemplate("定额", List.of(
				PaymentTerm.of("预付款", Share.fixed("10000"), TriggerEvent.SIGNING, Offset.NONE),
				PaymentTerm.of("尾款", Share.upTo("100"), TriggerEvent.FINAL_ACCEPTANCE, Offset.days(30))));
		assertThat(fixed.check().problems()).extracting(Problem::key, Problem::term)
			.containsExactly(tuple("template.fixedAmount", 0));
	}

	@Test
	void aTemplateWithAnIncompleteRetentionIsRefusedByTheTerm() {
		TermTemplate noWarranty = new TermTemplate("90/10", List.of(
				PaymentTerm.of("验收款", Share.percent("90"), TriggerEvent.FINAL_ACCEPTANCE, Offset.days(30)),
				PaymentTerm.of("质保金", Share.percent("10"), TriggerEvent.WARRANTY_END, Offset.NONE)));
		assertThat(noWarranty.check().problems()).extracting(Problem::key, Problem::term)
			.containsExactly(tuple("term.retention.months", 1));
	}
}
