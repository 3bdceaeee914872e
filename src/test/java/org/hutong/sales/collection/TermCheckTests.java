package org.hutong.sales.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Terms that cannot be right are refused, every problem named with its term and, for sums, the difference. */
class TermCheckTests {

	static final BigDecimal AMOUNT = new BigDecimal("100000.00");

	@Test
	void sharesShortOfTheWholeShowWhatIsMissing() {
		TermCheck check = contract(percent("预付款", "30"), percent("到货款", "60")).check();
		assertThat(check.isValid()).isFalse();
		assertThat(check.problems()).extracting(Problem::key, Problem::term, Problem::differenceAmount, Problem::differencePercent)
			.containsExactly(tuple("term.shares.sum", null, new BigDecimal("10000.00"), new BigDecimal("10.00")));
	}

	@Test
	void sharesOverTheWholeShowANegativeDifference() {
		Problem problem = single(contract(percent("预付款", "30"), percent("到货款", "60"), percent("质保金", "20")).check());
		assertThat(problem.differenceAmount()).isEqualByComparingTo("-10000.00");
		assertThat(problem.differencePercent()).isEqualByComparingTo("-10.00");
	}

	@Test
	void threeThirdsOfTwoDecimalsMissAHundredthOfAPercent() {
		TermCheck check = ContractTerms.of(new BigDecimal("100000.01"),
				List.of(percent("一", "33.33"), percent("二", "33.33"), percent("三", "33.33"))).check();
		Problem problem = single(check);
		assertThat(problem.key()).isEqualTo("term.shares.sum");
		assertThat(problem.differenceAmount()).isEqualByComparingTo("10.00");
		assertThat(problem.differencePercent()).isEqualByComparingTo("0.01");
	}

	@Test
	void fixedAmountsMustAddUpToTheContractAmountToTheFen() {
		Problem problem = single(contract(fixed("预付款", "20000.00"), fixed("尾款", "79999.99")).check());
		assertThat(problem.differenceAmount()).isEqualByComparingTo("0.01");
		assertThat(problem.differencePercent()).isEqualByComparingTo("0.00");
		assertThat(contract(fixed("预付款", "20000.00"), fixed("尾款", "80000.00")).check().isValid()).isTrue();
	}

	@Test
	void aShareMustBePositiveAndAPercentAtMostAHundred() {
		assertThat(contract(percent("预付款", "0"), percent("尾款", "100")).check().problems()).extracting(Problem::key, Problem::term)
			.containsExactly(tuple("term.share.positive", 0));
		assertThat(contract(fixed("退款", "-100.00"), percent("尾款", "100")).check().problems()).extracting(Problem::key)
			.contains("term.share.positive", "term.shares.sum");
		assertThat(contract(percent("预付款", "120")).check().problems()).extracting(Problem::key)
			.containsExactly("term.share.over100", "term.shares.sum");
		assertThat(contract(percent("预付款", "33.333"), percent("尾款", "66.667")).check().problems()).extracting(Problem::key, Problem::term)
			.containsExactly(tuple("term.share.scale", 0), tuple("term.share.scale", 1));
	}

	@Test
	void aCumulativeShareMustReachBeyondTheEarlierTerms() {
		TermCheck check = contract(percent("预付款", "30"), percent("到货款", "60"), upTo("验收款", "90"), upTo("质保金", "100")).check();
		assertThat(check.problems()).extracting(Problem::key, Problem::term).containsExactly(tuple("term.upto.reached", 2));
		assertThat(contract(percent("预付款", "30"), upTo("到货款", "20"), upTo("质保金", "100")).check().problems())
			.extracting(Problem::key, Problem::term).containsExactly(tuple("term.upto.reached", 1));
		assertThat(contract(percent("预付款", "30"), upTo("到货款", "90"), upTo("质保金", "100")).check().isValid()).isTrue();
	}

	@Test
	void aFixedDateTermNeedsASensibleDate() {
		PaymentTerm undated = PaymentTerm.of("进度款", Share.percent("100"), TriggerEvent.FIXED_DATE, Offset.NONE);
		assertThat(keysOf(contract(undated))).containsExactly("term.date.missing");
		assertThat(keysOf(contract(undated.withDate(LocalDate.of(1, 1, 1))))).containsExactly("term.date.range");
		assertThat(keysOf(contract(undated.withDate(LocalDate.of(9999, 12, 31))))).containsExactly("term.date.range");
		assertThat(keysOf(contract(undated.withDate(LocalDate.of(2100, 12, 31))))).isEmpty();
	}

	@Test
	void anEventDatedInAnAbsurdYearIsRefusedAtTheDoor() {
		assertThatThrownBy(() -> EventDates.none().with(TriggerEvent.ARRIVAL, LocalDate.of(1, 1, 1)))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event.date.range");
		assertThatThrownBy(() -> EventDates.none().withGuaranteeReceived(LocalDate.of(9999, 1, 1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> EventDates.none().with(TriggerEvent.WARRANTY_END, LocalDate.of(2025, 1, 1)))
			.as("a warranty end is derived, not recorded").isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anOffsetCannotBeNegativeNorDecadesLong() {
		assertThat(keysOf(contract(PaymentTerm.of("预付款", Share.percent("100"), TriggerEvent.SIGNING, Offset.days(-1)))))
			.containsExactly("term.offset.negative");
		assertThat(keysOf(contract(PaymentTerm.of("预付款", Share.percent("100"), TriggerEvent.SIGNING, Offset.months(240)))))
			.containsExactly("term.offset.range");
	}

	@Test
	void aRetentionNeedsItsWarrantyMonths() {
		PaymentTerm bare = PaymentTerm.of("质保金", Share.percent("10"), TriggerEvent.WARRANTY_END, Offset.NONE);
		assertThat(contract(percent("预付款", "90"), bare).check().problems()).extracting(Problem::key, Problem::term)
			.containsExactly(tuple("term.retention.months", 1));
		assertThat(keysOf(contract(percent("预付款", "90"), bare.withRetention(Retention.afterFinalAcceptance(0)))))
			.containsExactly("term.retention.months");
		assertThat(keysOf(contract(percent("预付款", "90"),
				bare.withRetention(new Retention(12, TriggerEvent.SIGNING, Retention.Base.TAXED)))))
			.containsExactly("term.retention.from");
	}

	@Test
	void aRetentionOfTheUntaxedAmountNeedsThatAmountAndATermToPayTheRest() {
		PaymentTerm untaxed = PaymentTerm.of("质保金", Share.percent("10"), TriggerEvent.WARRANTY_END, Offset.NONE)
			.withRetention(Retention.afterFinalAcceptance(12).onUntaxedAmount());
		assertThat(keysOf(contract(percent("货款", "90"), untaxed))).containsExactly("contract.untaxed.missing");
		assertThat(keysOf(contract(percent("货款", "90"), untaxed).withUntaxedAmount(new BigDecimal("120000.00"))))
			.containsExactly("contract.untaxed.range");
		assertThat(keysOf(contract(fixed("货款", "90000.00"), untaxed).withUntaxedAmount(new BigDecimal("88495.58"))))
			.containsExactly("term.retention.unbalanced");
	}

	@Test
	void aDeemedAcceptanceBelongsToAnAcceptance() {
		PaymentTerm onArrival = PaymentTerm.of("到货款", Share.percent("100"), TriggerEvent.ARRIVAL, Offset.NONE).withDeemedAcceptance(30);
		assertThat(keysOf(contract(onArrival))).containsExactly("term.deemed.trigger");
		PaymentTerm never = PaymentTerm.of("验收款", Share.percent("100"), TriggerEvent.FINAL_ACCEPTANCE, Offset.NONE)
			.withDeemedAcceptance(0);
		assertThat(keysOf(contract(never))).containsExactly("term.deemed.days");
	}

	@Test
	void batchSharesMustMakeTheWholeContract() {
		TermCheck check = contract(percent("到货款", "100")).inBatches(List.of(Batch.of(1, "40"), Batch.of(2, "50"))).check();
		assertThat(check.problems()).extracting(Problem::key, Problem::differenceAmount, Problem::differencePercent)
			.containsExactly(tuple("batch.shares.sum", new BigDecimal("10000.00"), new BigDecimal("10.00")));
		assertThat(keysOf(contract(percent("到货款", "100")).inBatches(List.of(Batch.of(1, "40"), Batch.of(1, "60")))))
			.containsExactly("batch.number.invalid", "batch.number.invalid");
	}

	@Test
	void aTermRoundedToNothingIsRefused() {
		TermCheck check = ContractTerms.of(new BigDecimal("10.00"), List.of(percent("预付款", "99.99"), percent("尾款", "0.01"))).check();
		assertThat(check.problems()).extracting(Problem::key, Problem::term).containsExactly(tuple("term.amount.positive", 1));
	}

	@Test
	void theContractNeedsAnAmountAndTerms() {
		assertThat(keysOf(ContractTerms.of(BigDecimal.ZERO, List.of(percent("预付款", "100"))))).containsExactly("contract.amount.positive");
		assertThat(keysOf(ContractTerms.of(AMOUNT, List.of()))).containsExactly("terms.empty");
		assertThat(keysOf(contract(PaymentTerm.of(" ", Share.percent("100"), TriggerEvent.SIGNING, Offset.NONE))))
			.containsExactly("term.name.blank");
	}

	static ContractTerms contract(PaymentTerm... terms) {
		return ContractTerms.of(AMOUNT, List.of(terms));
	}

	static List<String> keysOf(ContractTerms contract) {
		return contract.check().problems().stream().map(Problem::key).toList();
	}

	static Problem single(TermCheck check) {
		assertThat(check.problems()).hasSize(1);
		return check.problems().get(0);
	}

	static PaymentTerm percent(String name, String percent) {
		return PaymentTerm.of(name, Share.percent(percent), TriggerEvent.SIGNING, Offset.NONE);
	}

	static PaymentTerm upTo(String name, String percent) {
		return PaymentTerm.of(name, Share.upTo(percent), TriggerEvent.SIGNING, Offset.NONE);
	}

	static PaymentTerm fixed(String name, String amount) {
		return PaymentTerm.of(name, Share.fixed(amount), TriggerEvent.SIGNING, Offset.NONE);
	}
}
