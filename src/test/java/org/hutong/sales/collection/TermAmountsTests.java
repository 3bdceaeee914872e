package org.hutong.sales.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Each amount to the fen, and all of them adding up to the contract amount exactly. */
class TermAmountsTests {

	final PaymentPlans plans = new PaymentPlans(WorkingDays.mondayToFriday());

	@Test
	void theLastPercentTermTakesTheRoundingRemainder() {
		ContractTerms contract = ContractTerms.of(new BigDecimal("100000.01"),
				List.of(term("预付款", Share.percent("33.33")), term("到货款", Share.percent("33.33")), term("验收款", Share.percent("33.34"))));
		// 33.33 % of 100,000.01 = 33,330.003333 → 33,330.00; the last gets 100,000.01 − 66,660.00
		assertThat(amounts(contract)).containsExactly(new BigDecimal("33330.00"), new BigDecimal("33330.00"),
				new BigDecimal("33340.01"));
	}

	@Test
	void aFixedLastTermLeavesTheRemainderToTheLastPercentOne() {
		ContractTerms contract = ContractTerms.of(new BigDecimal("100000.01"),
				List.of(term("预付款", Share.percent("90")), term("尾款", Share.fixed("10000.00"))));
		assertThat(amounts(contract)).containsExactly(new BigDecimal("90000.01"), new BigDecimal("10000.00"));
	}

	@Test
	void fixedAmountsAreTakenAsTheyAre() {
		ContractTerms contract = ContractTerms.of(new BigDecimal("100000.00"),
				List.of(term("预付款", Share.fixed("20000")), term("尾款", Share.fixed("80000.00"))));
		assertThat(amounts(contract)).containsExactly(new BigDecimal("20000.00"), new BigDecimal("80000.00"));
	}

	@Test
	void aCumulativeShareIsWhatItAddsToTheEarlierTerms() {
		ContractTerms contract = ContractTerms.of(new BigDecimal("100000.01"), List.of(term("预付款", Share.percent("30")),
				term("到货款", Share.upTo("90")), term("质保金", Share.percent("10"))));
		// 支付至 90 %: 90,000.009 → 90,000.01 in all, less the 30,000.00 paid before
		assertThat(amounts(contract)).containsExactly(new BigDecimal("30000.00"), new BigDecimal("60000.01"),
				new BigDecimal("10000.00"));
	}

	@Test
	void aCumulativeShareAfterAFixedAmountReachesItsPercentExactly() {
		ContractTerms contract = ContractTerms.of(new BigDecimal("123456.78"), List.of(term("预付款", Share.fixed("20000.00")),
				term("验收款", Share.upTo("95")), term("质保金", Share.upTo("100"))));
		assertThat(amounts(contract)).containsExactly(new BigDecimal("20000.00"), new BigDecimal("97283.94"),
				new BigDecimal("6172.84"));
	}

	@Test
	void aRetentionOfTheUntaxedAmountLeavesItsTaxToTheBalancingTerm() {
		TermTemplate template = TermTemplates.stock("30/60/10").orElseThrow();
		ContractTerms taxed = template.forContract(new BigDecimal("113000.00")).withUntaxedAmount(new BigDecimal("100000.00"));
		assertThat(amounts(taxed)).containsExactly(new BigDecimal("33900.00"), new BigDecimal("67800.00"),
				new BigDecimal("11300.00"));

		PaymentTerm untaxedRetention = template.terms().get(2).withRetention(Retention.afterFinalAcceptance(12).onUntaxedAmount());
		ContractTerms untaxed = new ContractTerms(taxed.amount(), taxed.untaxedAmount(),
				List.of(template.terms().get(0), template.terms().get(1), untaxedRetention), List.of());
		assertThat(amounts(untaxed)).as("10 % of 100,000 held back; 到货款 pays the rest of the 113,000")
			.containsExactly(new BigDecimal("33900.00"), new BigDecimal("69100.00"), new BigDecimal("10000.00"));
	}

	@Test
	void aTermSplitsOverTheBatchesTheLastTakingTheRemainder() {
		ContractTerms contract = ContractTerms.of(new BigDecimal("100000.01"),
				List.of(PaymentTerm.of("到货款", Share.percent("100"), TriggerEvent.ARRIVAL, Offset.NONE)))
			.inBatches(List.of(Batch.of(1, "33.33"), Batch.of(2, "33.33"), Batch.of(3, "33.34")));
		assertThat(amounts(contract)).containsExactly(new BigDecimal("33330.00"), new BigDecimal("33330.00"),
				new BigDecimal("33340.01"));
	}

	/** Hundreds of random contracts, terms and batches: the installments add up to the contract, to the fen. */
	@Test
	void theInstallmentsAlwaysAddUpToTheContract() {
		Random random = new Random(11);
		for (int run = 0; run < 500; run++) {
			BigDecimal amount = BigDecimal.valueOf(100_000 + random.nextInt(1_000_000_000), 2);
			ContractTerms contract = ContractTerms.of(amount, randomTerms(random)).inBatches(randomBatches(random));
			List<BigDecimal> amounts = amounts(contract);
			assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount);
			assertThat(amounts).allSatisfy(each -> assertThat(each.scale()).isEqualTo(2));
		}
	}

	private static List<PaymentTerm> randomTerms(Random random) {
		List<PaymentTerm> terms = new ArrayList<>();
		int left = 10_000;
		int count = 1 + random.nextInt(5);
		for (int i = 1; i < count && left > 1; i++) {
			int hundredths = 1 + random.nextInt(left - 1);
			terms.add(PaymentTerm.of("第" + i + "期", new Share.Percent(BigDecimal.valueOf(hundredths, 2)),
					TriggerEvent.ARRIVAL, Offset.NONE));
			left -= hundredths;
		}
		terms.add(PaymentTerm.of("尾款", new Share.Percent(BigDecimal.valueOf(left, 2)), TriggerEvent.FINAL_ACCEPTANCE, Offset.NONE));
		return terms;
	}

	private static List<Batch> randomBatches(Random random) {
		int first = 1 + random.nextInt(9_998);
		return random.nextBoolean() ? List.of()
				: List.of(new Batch(1, BigDecimal.valueOf(first, 2)), new Batch(2, BigDecimal.valueOf(10_000 - first, 2)));
	}

	private List<BigDecimal> amounts(ContractTerms contract) {
		return plans.plan(contract, EventDates.none(), LocalDate.of(2025, 6, 16)).stream().map(Installment::amount).toList();
	}

	private static PaymentTerm term(String name, Share share) {
		return PaymentTerm.of(name, share, TriggerEvent.SIGNING, Offset.NONE);
	}
}
