package org.hutong.sales.collection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A contract as the payment engine sees it: its amount with tax (what the terms add up to), the
 * amount before tax (needed only by a retention taken of it, else null), its terms in order (order
 * matters to "支付至" shares) and its delivery batches (empty when it delivers at once).
 */
public record ContractTerms(BigDecimal amount, BigDecimal untaxedAmount, List<PaymentTerm> terms, List<Batch> batches) {

	public ContractTerms {
		Objects.requireNonNull(amount, "amount");
		terms = List.copyOf(terms);
		batches = batches == null ? List.of() : List.copyOf(batches);
	}

	public static ContractTerms of(BigDecimal amount, List<PaymentTerm> terms) {
		return new ContractTerms(amount, null, terms, List.of());
	}

	public ContractTerms withUntaxedAmount(BigDecimal untaxed) {
		return new ContractTerms(amount, untaxed, terms, batches);
	}

	public ContractTerms inBatches(List<Batch> parts) {
		return new ContractTerms(amount, untaxedAmount, terms, parts);
	}

	/** Every problem with the terms at once, so a form can mark them all; none means they can be planned. */
	public TermCheck check() {
		return TermRules.check(this);
	}
}
