package org.hutong.approvals.api;

import java.util.Map;

import org.hutong.approvals.form.FormProblem;

/** The submitted values do not fit the flow's form; answered 422 with a message per field path. */
class InvalidValues extends RuntimeException {

	private final Map<String, FormProblem> problems;

	InvalidValues(Map<String, FormProblem> problems) {
		super("invalid form values at " + problems.keySet());
		this.problems = Map.copyOf(problems);
	}

	Map<String, FormProblem> problems() {
		return problems;
	}
}
