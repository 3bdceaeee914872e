package org.hutong.approvals.admin;

import java.util.List;

import org.hutong.approvals.form.FormProblem;
import org.hutong.web.PageTools;

/** The form builder's problems, told next to the field (or the part of the form) whose path they name. */
public record FormProblems(List<FormProblem> all) {

	/** The messages of problems at exactly this path ({@code name}, {@code fields[2].label} …). */
	public List<String> at(PageTools ui, String path) {
		return all.stream().filter(p -> p.path().equals(path)).map(p -> ui.msg(p.messageKey(), p.args().toArray())).toList();
	}

	/** Problems below a field that the page shows no input for by name (its columns, options). */
	public List<String> within(PageTools ui, String prefix) {
		return all.stream()
			.filter(p -> p.path().startsWith(prefix) && !p.path().matches("\\Q" + prefix + "\\E\\.(key|label|type|help)"))
			.map(p -> ui.msg(p.messageKey(), p.args().toArray()))
			.toList();
	}

	public boolean any() {
		return !all.isEmpty();
	}
}
