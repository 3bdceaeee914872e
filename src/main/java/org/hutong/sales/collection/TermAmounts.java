package org.hutong.sales.collection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What each term, and each batch of a term, is worth. Every amount is rounded to the fen on its own
 * and the last percent-based term of the taxed amount (the balancing term) takes what is left, so
 * the amounts add up to the contract amount to the fen. That remainder is rounding, plus the tax
 * part of a retention taken of the untaxed amount: the customer still pays the whole contract, and
 * the balancing term is where contracts put it ("支付至扣除质保金后的全部款项").
 */
final class TermAmounts {

	/** One installment before it is dated: the term (by index), its batch (null: not split) and its amount. */
	record Slot(int index, PaymentTerm term, Integer batch, BigDecimal amount) {
	}

	private TermAmounts() {
	}

	static List<Slot> slots(ContractTerms contract) {
		List<BigDecimal> amounts = of(contract);
		List<Slot> slots = new ArrayList<>();
		for (int i = 0; i < amounts.size(); i++) {
			PaymentTerm term = contract.terms().get(i);
			if (!term.perBatch() || contract.batches().isEmpty()) {
				slots.add(new Slot(i, term, null, amounts.get(i)));
				continue;
			}
			List<BigDecimal> parts = split(amounts.get(i), contract.batches());
			for (int b = 0; b < parts.size(); b++) {
				slots.add(new Slot(i, term, contract.batches().get(b).number(), parts.get(b)));
			}
		}
		return slots;
	}

	/** Each term's amount, in order; they add up to the contract amount exactly. */
	static List<BigDecimal> of(ContractTerms contract) {
		List<BigDecimal> amounts = new ArrayList<>();
		BigDecimal before = Fen.ZERO;
		for (PaymentTerm term : contract.terms()) {
			BigDecimal amount = rounded(term, contract, before);
			amounts.add(amount);
			before = before.add(amount);
		}
		int balancing = balancing(contract.terms());
		if (balancing >= 0) {
			BigDecimal others = before.subtract(amounts.get(balancing));
			amounts.set(balancing, Fen.round(contract.amount()).subtract(others));
		}
		return amounts;
	}

	/** A term's amount split over the batches by their percent, the last batch taking the remainder. */
	static List<BigDecimal> split(BigDecimal amount, List<Batch> batches) {
		List<BigDecimal> parts = new ArrayList<>();
		BigDecimal given = Fen.ZERO;
		for (Batch batch : batches.subList(0, batches.size() - 1)) {
			BigDecimal part = Fen.round(Fen.percentOf(amount, batch.percent()));
			parts.add(part);
			given = given.add(part);
		}
		parts.add(amount.subtract(given));
		return parts;
	}

	/** The index of the term that takes the remainder, or -1 when none may (fixed amounts only). */
	static int balancing(List<PaymentTerm> terms) {
		for (int i = terms.size() - 1; i >= 0; i--) {
			if (terms.get(i).balances()) {
				return i;
			}
		}
		return -1;
	}

	private static BigDecimal rounded(PaymentTerm term, ContractTerms contract, BigDecimal before) {
		Share share = term.share();
		if (share instanceof Share.Fixed) {
			return Fen.round(share.value());
		}
		if (share instanceof Share.UpTo) {
			// paid up to N % in total: N % of the contract, to the fen, less what the earlier terms come to
			return Fen.round(Fen.percentOf(contract.amount(), share.value())).subtract(before);
		}
		BigDecimal base = term.onUntaxedAmount() ? contract.untaxedAmount() : contract.amount();
		return Fen.round(Fen.percentOf(base, share.value()));
	}
}
