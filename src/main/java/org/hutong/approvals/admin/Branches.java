package org.hutong.approvals.admin;

import java.util.ArrayList;
import java.util.List;

import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowNode.Branch;
import org.hutong.approvals.flow.FlowNode.ConditionNode;

/** Adding and removing the branches of a 条件分支; the default branch is not among them and always stays. */
final class Branches {

	private Branches() {
	}

	static FlowNode add(FlowNode node) {
		if (!(node instanceof ConditionNode c)) {
			return node;
		}
		List<Branch> branches = new ArrayList<>(c.branches());
		branches.add(new Branch(c.name() + " " + (branches.size() + 1), null, List.of()));
		return new ConditionNode(c.id(), c.name(), branches, c.otherwise() == null ? List.of() : c.otherwise());
	}

	static FlowNode remove(FlowNode node, int index) {
		if (!(node instanceof ConditionNode c) || index < 0 || index >= c.branches().size() || c.branches().size() < 2) {
			return node;
		}
		List<Branch> branches = new ArrayList<>(c.branches());
		branches.remove(index);
		return new ConditionNode(c.id(), c.name(), branches, c.otherwise());
	}
}
