package org.hutong.approvals.flow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a definition can run: ids present and unique, every approver node with a complete source,
 * every 条件分支 with its default branch and a condition on each other branch, every 并行分支 with two
 * lanes or more, and at least one node. Answers all problems at once.
 */
public final class DefinitionCheck {

	private DefinitionCheck() {
	}

	public static List<DefinitionProblem> problems(FlowDefinition definition) {
		List<DefinitionProblem> problems = new ArrayList<>();
		if (definition.nodes().isEmpty()) {
			problems.add(new DefinitionProblem("nodes", "approvals.flow.error.no-nodes"));
		}
		Set<String> ids = new HashSet<>();
		for (FlowNode node : definition.allNodes()) {
			String field = node.id() == null || node.id().isBlank() ? "nodes" : node.id();
			if (field.equals("nodes")) {
				problems.add(new DefinitionProblem(field, "approvals.flow.error.id-missing"));
			}
			else if (!ids.add(node.id())) {
				problems.add(new DefinitionProblem(field, "approvals.flow.error.id-duplicate"));
			}
			problems.addAll(nodeProblems(field, node));
		}
		return problems;
	}

	public static void require(FlowDefinition definition) {
		require(definition, null);
	}

	/**
	 * As {@link #problems(FlowDefinition)}, and no approver node hides the flow's summary field: the
	 * summary is written into every to-do list and notice, where a hidden value would leak.
	 */
	public static void require(FlowDefinition definition, String summaryField) {
		List<DefinitionProblem> problems = problems(definition);
		if (summaryField != null) {
			definition.allNodes()
				.stream()
				.filter(node -> node instanceof FlowNode.ApproverNode approver
						&& approver.fieldPermissions().get(summaryField) == FlowNode.FieldPermission.HIDDEN)
				.forEach(node -> problems.add(new DefinitionProblem(node.id(), "approvals.flow.error.summary-hidden")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidDefinition(problems);
		}
	}

	private static List<DefinitionProblem> nodeProblems(String field, FlowNode node) {
		List<DefinitionProblem> problems = new ArrayList<>();
		if (node instanceof FlowNode.ApproverNode approver) {
			if (approver.sources().isEmpty() || !approver.sources().stream().allMatch(ApproverSource::isComplete)) {
				problems.add(new DefinitionProblem(field, "approvals.flow.error.no-source"));
			}
			Integer ratio = approver.passRatio();
			if (ratio != null && (ratio < 1 || ratio > 100)) {
				problems.add(new DefinitionProblem(field, "approvals.flow.error.pass-ratio"));
			}
		}
		else if (node instanceof FlowNode.CcNode cc) {
			if (cc.recipients().isEmpty() || !cc.recipients().stream().allMatch(ApproverSource::isComplete)) {
				problems.add(new DefinitionProblem(field, "approvals.flow.error.no-source"));
			}
		}
		else if (node instanceof FlowNode.ConditionNode condition) {
			if (condition.otherwise() == null) {
				problems.add(new DefinitionProblem(field, "approvals.flow.error.no-default-branch"));
			}
			if (condition.branches().isEmpty() || condition.branches().stream().anyMatch(b -> b.condition() == null)) {
				problems.add(new DefinitionProblem(field, "approvals.flow.error.branch-condition"));
			}
		}
		else if (node instanceof FlowNode.ParallelNode parallel && parallel.lanes().size() < 2) {
			problems.add(new DefinitionProblem(field, "approvals.flow.error.lanes"));
		}
		return problems;
	}
}
