package org.hutong.sales.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a contract's terms must keep before they can be planned. Each rule adds a problem and
 * the check goes on, so a form shows all of them at once. The amounts are checked last, when all else
 * is right, because a wrong share would make them meaningless.
 */
final class TermRules {

	private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	/** Ten years: longer offsets, warranties or deadlines are typing slips, not contracts. */
	private static final int MAX_DAYS = 3660;

	private static final int MAX_MONTHS = 120;

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private TermRules() {
	}

	/** A date a contract could mean: years 2000 to 2100. */
	static boolean sensible(LocalDate date) {
		return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
	}

	static TermCheck check(ContractTerms contract) {
		List<Problem> problems = new ArrayList<>(ContractRules.check(contract));
		for (int i = 0; i < contract.terms().size(); i++) {
			problems.addAll(termProblems(contract, i));
		}
		boolean amountUsable = problems.stream().noneMatch(problem -> problem.key().startsWith("contract.amount"));
		if (amountUsable && !contract.terms().isEmpty()) {
			problems.addAll(ShareSums.check(contract));
		}
		if (amountUsable) {
			problems.addAll(ContractRules.batches(contract));
		}
		if (problems.isEmpty()) {
			problems.addAll(amountProblems(contract));
		}
		return new TermCheck(problems);
	}

	private static List<Problem> termProblems(ContractTerms contract, int index) {
		PaymentTerm term = contract.terms().get(index);
		List<String> keys = new ArrayList<>();
		if (term.name().isBlank()) {
			keys.add("term.name.blank");
		}
		shareKeys(term.share(), keys);
		dateKeys(term, keys);
		offsetKeys(term.offset(), keys);
		retentionKeys(contract, term, keys);
		deemedKeys(term, keys);
		return keys.stream().map(key -> Problem.ofTerm(index, key)).toList();
	}

	private static void shareKeys(Share share, List<String> keys) {
		if (share.value().signum() <= 0) {
			keys.add("term.share.positive");
		}
		if (!(share instanceof Share.Fixed) && share.value().compareTo(HUNDRED) > 0) {
			keys.add("term.share.over100");
		}
		if (decimals(share.value()) > 2) {
			keys.add("term.share.scale");
		}
	}

	private static void dateKeys(PaymentTerm term, List<String> keys) {
		if (term.trigger() == TriggerEvent.FIXED_DATE && term.date() == null) {
			keys.add("term.date.missing");
		}
		if (term.date() != null && !sensible(term.date())) {
			keys.add("term.date.range");
		}
	}

	private static void offsetKeys(Offset offset, List<String> keys) {
		if (offset.amount() < 0) {
			keys.add("term.offset.negative");
		}
		int max = offset.unit() == Offset.Unit.MONTHS ? MAX_MONTHS : MAX_DAYS;
		if (offset.amount() > max) {
			keys.add("term.offset.range");
		}
	}

	private static void retentionKeys(ContractTerms contract, PaymentTerm term, List<String> keys) {
		Retention retention = term.retention();
		if (term.isRetention() && (retention == null || retention.warrantyMonths() <= 0
				|| retention.warrantyMonths() > MAX_MONTHS)) {
			keys.add("term.retention.months");
		}
		if (retention != null && !retention.warrantyFrom().perBatch()) {
			keys.add("term.retention.from");
		}
		if (term.onUntaxedAmount() && !(term.share() instanceof Share.Percent)) {
			keys.add("term.retention.base");
		}
		if (term.onUntaxedAmount() && TermAmounts.balancing(contract.terms()) < 0) {
			// nothing could pay the tax the retention leaves out, and the amounts would not reach the contract's
			keys.add("term.retention.unbalanced");
		}
	}

	private static void deemedKeys(PaymentTerm term, List<String> keys) {
		DeemedAcceptance deemed = term.deemedAcceptance();
		if (deemed == null) {
			return;
		}
		if (deemed.daysAfterArrival() <= 0 || deemed.daysAfterArrival() > MAX_DAYS) {
			keys.add("term.deemed.days");
		}
		if (!term.startEvent().acceptance()) {
			keys.add("term.deemed.trigger");
		}
	}

	/** Rounding may leave a term with nothing (0.01 % of a few yuan): an installment of ¥0.00 is refused. */
	private static List<Problem> amountProblems(ContractTerms contract) {
		List<BigDecimal> amounts = TermAmounts.of(contract);
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < amounts.size(); i++) {
			if (amounts.get(i).signum() <= 0) {
				problems.add(Problem.ofTerm(i, "term.amount.positive"));
			}
		}
		return problems;
	}

	static int decimals(BigDecimal value) {
		return Math.max(0, value.stripTrailingZeros().scale());
	}

	static Set<Integer> duplicates(List<Integer> numbers) {
		Set<Integer> seen = new HashSet<>();
		Set<Integer> twice = new HashSet<>();
		numbers.forEach(number -> {
			if (!seen.add(number)) {
				twice.add(number);
			}
		});
		return twice;
	}
}
