package org.hutong.approvals.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hutong.approvals.flow.DefinitionCheck;
import org.hutong.approvals.flow.DefinitionProblem;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.form.FieldDefinition;

/**
 * What the designer page shows: the draft's tree with the problems of each node (checked on every
 * edit, so they show next to the node before a save is tried), the flow's form fields, and whether
 * the draft differs from the saved version or lost a race with another admin's save.
 */
public record Designer(Flow flow, FlowDefinition draft, Map<String, List<String>> problems, List<String> general,
		List<FieldDefinition> fields, int versionNumber, boolean dirty, boolean conflict) {

	static Designer of(Flow flow, FlowDefinition draft, List<FieldDefinition> fields, int versionNumber, boolean dirty,
			boolean conflict) {
		Map<String, List<String>> byNode = new LinkedHashMap<>();
		List<String> general = new ArrayList<>();
		for (DefinitionProblem problem : DefinitionCheck.problems(draft)) {
			if ("nodes".equals(problem.field()) || "rules".equals(problem.field())) {
				general.add(problem.code());
			}
			else {
				byNode.computeIfAbsent(problem.field(), id -> new ArrayList<>()).add(problem.code());
			}
		}
		return new Designer(flow, draft, byNode, general, fields, versionNumber, dirty, conflict);
	}

	public List<String> problemsOf(String nodeId) {
		return problems.getOrDefault(nodeId, List.of());
	}

	public boolean valid() {
		return problems.isEmpty() && general.isEmpty();
	}
}
