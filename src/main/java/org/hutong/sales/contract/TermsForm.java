package org.hutong.sales.contract;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * A contract's 回款条款 as a whole, saved all at once or not at all: the terms in order (rows left
 * blank on the page are dropped before this is built), the contract's version edited, and the
 * batches it delivers in as their shares ("40/60", blank: at once — see {@link BatchShares}).
 */
public record TermsForm(@Valid @Size(max = TermsForm.MAX_TERMS, message = "{term.tooMany}") List<TermForm> terms,
		Long version, @Size(max = 100, message = "{batch.format}") String batches) {

	static final int MAX_TERMS = 20;

	public TermsForm {
		terms = terms == null ? List.of()
				: terms.stream().filter(t -> t != null && (t.name() != null || t.value() != null)).toList();
		batches = batches == null || batches.isBlank() ? null : batches.strip();
	}

	public TermsForm(List<TermForm> terms, Long version) {
		this(terms, version, null);
	}

	TermsForm withVersion(Long edited) {
		return new TermsForm(terms, edited, batches);
	}
}
