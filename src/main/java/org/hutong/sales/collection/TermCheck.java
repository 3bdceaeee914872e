package org.hutong.sales.collection;

import java.util.List;

/** The outcome of checking a contract's terms: the problems found, in the order of the terms. */
public record TermCheck(List<Problem> problems) {

	public TermCheck {
		problems = List.copyOf(problems);
	}

	public boolean isValid() {
		return problems.isEmpty();
	}
}
