package org.hutong.approvals.form;

import java.util.List;

/**
 * What is wrong with a form value or a form definition, at a path such as {@code amount},
 * {@code lines[2].price} or {@code fields[3].options}. The text comes from the message
 * {@code form.problem.<code>} of the approvals-forms bundle, with {@code args} filled in.
 */
public record FormProblem(String path, String code, List<Object> args) {

	public FormProblem {
		args = List.copyOf(args);
	}

	public static FormProblem at(String path, String code, Object... args) {
		return new FormProblem(path, code, List.of(args));
	}

	public String messageKey() {
		return "form.problem." + code;
	}
}
