package org.hutong.approvals.flow;

import java.util.List;

/** A definition that cannot run; nothing was saved. */
public class InvalidDefinition extends RuntimeException {

	private final transient List<DefinitionProblem> problems;

	public InvalidDefinition(List<DefinitionProblem> problems) {
		super("invalid flow definition: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<DefinitionProblem> problems() {
		return problems;
	}
}
