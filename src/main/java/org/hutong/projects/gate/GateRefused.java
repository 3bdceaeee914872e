package org.hutong.projects.gate;

import java.util.List;

/**
 * A gate review refused a request, a scoring or a decision; nothing was saved. {@code field} is the
 * input it is about ({@code null}: the review as a whole), {@code code} the message key under
 * {@code gate.refused.}, {@code args} what the message names (a criterion, the missing deliverables).
 */
public class GateRefused extends RuntimeException {

	private final String field;

	private final String code;

	private final List<Object> args;

	GateRefused(String field, String code, Object... args) {
		super(code);
		this.field = field;
		this.code = code;
		this.args = List.of(args);
	}

	public String field() {
		return field;
	}

	public String code() {
		return "gate.refused." + code;
	}

	public Object[] args() {
		return args.toArray();
	}
}
