package org.hutong.sales.collection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A named set of terms an enterprise starts contracts from ("30/60/10"). The terms are copied into
 * each contract, which may then change them: a template never reaches into signed contracts.
 */
public record TermTemplate(String name, List<PaymentTerm> terms) {

	public TermTemplate {
		Objects.requireNonNull(name, "name");
		terms = List.copyOf(terms);
	}

	/** The template's terms for a contract of this amount (tax included), delivered at once. */
	public ContractTerms forContract(BigDecimal amount) {
		return ContractTerms.of(amount, terms);
	}
}
