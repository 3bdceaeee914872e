package org.hutong.sales.collection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The rules on the contract's own figures and on its batches, apart from the terms. */
final class ContractRules {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private ContractRules() {
	}

	static List<Problem> check(ContractTerms contract) {
		List<Problem> problems = new ArrayList<>();
		if (contract.amount().signum() <= 0) {
			problems.add(Problem.ofContract("contract.amount.positive"));
		}
		if (TermRules.decimals(contract.amount()) > 2) {
			problems.add(Problem.ofContract("contract.amount.scale"));
		}
		problems.addAll(untaxed(contract));
		if (contract.terms().isEmpty()) {
			problems.add(Problem.ofContract("terms.empty"));
		}
		return problems;
	}

	private static List<Problem> untaxed(ContractTerms contract) {
		BigDecimal untaxed = contract.untaxedAmount();
		if (untaxed == null) {
			boolean needed = contract.terms().stream().anyMatch(PaymentTerm::onUntaxedAmount);
			return needed ? List.of(Problem.ofContract("contract.untaxed.missing")) : List.of();
		}
		boolean wrong = untaxed.signum() <= 0 || untaxed.compareTo(contract.amount()) > 0
				|| TermRules.decimals(untaxed) > 2;
		return wrong ? List.of(Problem.ofContract("contract.untaxed.range")) : List.of();
	}

	/** Batches, when there are any, have distinct positive numbers and positive shares adding up to 100 %. */
	static List<Problem> batches(ContractTerms contract) {
		List<Batch> batches = contract.batches();
		if (batches.isEmpty()) {
			return List.of();
		}
		List<Problem> problems = new ArrayList<>();
		Set<Integer> twice = TermRules.duplicates(batches.stream().map(Batch::number).toList());
		BigDecimal sum = BigDecimal.ZERO;
		for (Batch batch : batches) {
			if (batch.number() <= 0 || twice.contains(batch.number())) {
				problems.add(Problem.ofBatch(batch.number(), "batch.number.invalid"));
			}
			if (batch.percent().signum() <= 0) {
				problems.add(Problem.ofBatch(batch.number(), "batch.share.positive"));
			}
			if (TermRules.decimals(batch.percent()) > 2) {
				problems.add(Problem.ofBatch(batch.number(), "batch.share.scale"));
			}
			sum = sum.add(batch.percent());
		}
		BigDecimal missing = HUNDRED.subtract(sum);
		if (missing.signum() != 0) {
			problems.add(Problem.ofSum("batch.shares.sum", Fen.round(Fen.percentOf(contract.amount(), missing)),
					missing.setScale(2, RoundingMode.HALF_UP)));
		}
		return problems;
	}
}
