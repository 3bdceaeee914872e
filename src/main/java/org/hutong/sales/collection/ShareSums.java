package org.hutong.sales.collection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the shares make up the whole contract. Each share is turned into the exact part of the
 * contract amount it declares (a retention counts at its percent of the contract, whatever its base,
 * because that is what the contract's shares say); "支付至" shares are what they add to the earlier
 * ones, which is where a cumulative share that adds nothing shows.
 */
final class ShareSums {

	/**
	 * Two-decimal percents cannot name every part of an amount: with fixed amounts among them, less
	 * than half a hundredth of a percent (1/20000 of the contract) is rounding, for the balancing term.
	 * Percents alone that miss by 0.01 % are twice that and refused.
	 */
	private static final BigDecimal TOLERANCE_DIVISOR = new BigDecimal("20000");

	private ShareSums() {
	}

	static List<Problem> check(ContractTerms contract) {
		List<Problem> problems = new ArrayList<>();
		BigDecimal reached = BigDecimal.ZERO;
		for (int i = 0; i < contract.terms().size(); i++) {
			Share share = contract.terms().get(i).share();
			BigDecimal part = exact(share, contract.amount(), reached);
			if (share instanceof Share.UpTo && part.signum() <= 0) {
				problems.add(Problem.ofTerm(i, "term.upto.reached"));
			}
			reached = reached.add(part);
		}
		BigDecimal missing = contract.amount().subtract(reached);
		if (misses(contract, missing)) {
			problems.add(Problem.ofSum("term.shares.sum", Fen.round(missing), Fen.percent(missing, contract.amount())));
		}
		return problems;
	}

	private static BigDecimal exact(Share share, BigDecimal amount, BigDecimal reached) {
		if (share instanceof Share.Fixed) {
			return share.value();
		}
		BigDecimal part = Fen.percentOf(amount, share.value());
		return share instanceof Share.UpTo ? part.subtract(reached) : part;
	}

	private static boolean misses(ContractTerms contract, BigDecimal missing) {
		boolean fixedOnly = contract.terms().stream().allMatch(term -> term.share() instanceof Share.Fixed);
		if (fixedOnly) {
			return missing.signum() != 0;
		}
		return missing.abs().multiply(TOLERANCE_DIVISOR).compareTo(contract.amount()) >= 0;
	}
}
