package org.hutong.approvals.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A version's content: the node tree from the start and the flow-wide rules. */
public record FlowDefinition(List<FlowNode> nodes, FlowRules rules) {

	public FlowDefinition {
		nodes = nodes == null ? List.of() : List.copyOf(nodes);
		rules = rules == null ? FlowRules.defaults() : rules;
	}

	/** Every node of the tree, depth first, branches and lanes included. */
	public List<FlowNode> allNodes() {
		List<FlowNode> all = new ArrayList<>();
		collect(nodes, all);
		return all;
	}

	private static void collect(List<FlowNode> nodes, List<FlowNode> into) {
		for (FlowNode node : nodes) {
			into.add(node);
			children(node).forEach(list -> collect(list, into));
		}
	}

	static Stream<List<FlowNode>> children(FlowNode node) {
		if (node instanceof FlowNode.ConditionNode c) {
			return Stream.concat(c.branches().stream().map(FlowNode.Branch::nodes),
					c.otherwise() == null ? Stream.empty() : Stream.of(c.otherwise()));
		}
		if (node instanceof FlowNode.ParallelNode p) {
			return p.lanes().stream();
		}
		return Stream.empty();
	}
}
