package org.hutong.sales.collection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named set of terms an enterprise starts contracts from ("30/60/10"). The terms are copied into
 * each contract, which may then change them: a template never reaches into signed contracts.
 */
public record TermTemplate(String name, List<PaymentTerm> terms) {

	/**
	 * The contract a template is checked on: its shares are percents of whatever a contract will be
	 * worth, so any amount large enough to round nothing away will do (with 13 % tax for a retention
	 * of the untaxed amount).
	 */
	private static final BigDecimal NOTIONAL = new BigDecimal("1130000.00");

	private static final BigDecimal NOTIONAL_UNTAXED = new BigDecimal("1000000.00");

	public TermTemplate {
		Objects.requireNonNull(name, "name");
		terms = List.copyOf(terms);
	}

	/** The template's terms for a contract of this amount (tax included), delivered at once. */
	public ContractTerms forContract(BigDecimal amount) {
		return ContractTerms.of(amount, terms);
	}

	/**
	 * Every problem that would stop the template's terms on any contract: the contract's own rules
	 * (shares adding up to 100 %, dates, warranties …), and a fixed amount, which fits one contract's
	 * amount but not a template's.
	 */
	public TermCheck check() {
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < terms.size(); i++) {
			if (terms.get(i).share() instanceof Share.Fixed) {
				problems.add(Problem.ofTerm(i, "template.fixedAmount"));
			}
		}
		problems.addAll(ContractTerms.of(NOTIONAL, terms).withUntaxedAmount(NOTIONAL_UNTAXED).check().problems());
		return new TermCheck(problems);
	}
}
