package org.hutong.approvals.form;

import java.util.List;

/** The form cannot be saved as designed; each problem names the part of the design at fault. */
public class FormDesignInvalid extends RuntimeException {

	private final transient List<FormProblem> problems;

	public FormDesignInvalid(List<FormProblem> problems) {
		super("form design invalid: " + problems.stream().map(p -> p.path() + " " + p.code()).toList(), null, false, false);
		this.problems = List.copyOf(problems);
	}

	public List<FormProblem> problems() {
		return problems;
	}
}
