package org.hutong.sales.contract;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * A contract's 回款条款 as a whole, saved all at once or not at all: the terms in order (rows left
 * blank on the page are dropped before this is built) and the contract's version edited.
 */
public record TermsForm(@Valid @Size(max = TermsForm.MAX_TERMS, message = "{term.tooMany}") List<TermForm> terms,
		Long version) {

	static final int MAX_TERMS = 20;

	public TermsForm {
		terms = terms == null ? List.of()
				: terms.stream().filter(t -> t != null && (t.name() != null || t.value() != null)).toList();
	}

	TermsForm withVersion(Long edited) {
		return new TermsForm(terms, edited);
	}
}
