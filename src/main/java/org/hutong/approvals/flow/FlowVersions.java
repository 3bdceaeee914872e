package org.hutong.approvals.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two versions of a flow, for the admin: nodes added, removed, changed, rules changed. */
public final class FlowVersions {

	/**
	 * One change. {@code code} is a message key ({@code approvals.flow.diff.added} …), {@code nodeId}
	 * and {@code nodeName} the node concerned, or {@code null} for a rule.
	 */
	public record Change(String code, String nodeId, String nodeName, String detail) {
	}

	private FlowVersions() {
	}

	public static List<Change> diff(FlowDefinition before, FlowDefinition after) {
		Map<String, FlowNode> old = byId(before);
		Map<String, FlowNode> now = byId(after);
		List<Change> changes = new ArrayList<>();
		old.forEach((id, node) -> {
			if (!now.containsKey(id)) {
				changes.add(new Change("approvals.flow.diff.removed", id, node.name(), null));
			}
		});
		now.forEach((id, node) -> {
			FlowNode was = old.get(id);
			if (was == null) {
				changes.add(new Change("approvals.flow.diff.added", id, node.name(), null));
			}
			else if (!Objects.equals(own(was), own(node))) {
				changes.add(new Change("approvals.flow.diff.changed", id, node.name(), null));
			}
		});
		rules(before.rules(), after.rules(), changes);
		return changes;
	}

	private static void rules(FlowRules before, FlowRules after, List<Change> changes) {
		if (before.submitterIsApprover() != after.submitterIsApprover()) {
			changes.add(new Change("approvals.flow.diff.rule", null, null, "submitterIsApprover=" + after.submitterIsApprover()));
		}
		if (before.repeatedApprover() != after.repeatedApprover()) {
			changes.add(new Change("approvals.flow.diff.rule", null, null, "repeatedApprover=" + after.repeatedApprover()));
		}
		if (before.noApprover() != after.noApprover()) {
			changes.add(new Change("approvals.flow.diff.rule", null, null, "noApprover=" + after.noApprover()));
		}
	}

	/** A node without its children, so a change deep in a branch is told once, at the node that changed. */
	private static Object own(FlowNode node) {
		if (node instanceof FlowNode.ConditionNode c) {
			return c.branches().stream().map(b -> List.of(String.valueOf(b.name()), String.valueOf(b.condition()),
					b.nodes().stream().map(FlowNode::id).toList())).toList();
		}
		if (node instanceof FlowNode.ParallelNode p) {
			return p.lanes().stream().map(lane -> lane.stream().map(FlowNode::id).toList()).toList();
		}
		return node;
	}

	private static Map<String, FlowNode> byId(FlowDefinition definition) {
		return definition.allNodes().stream()
			.collect(Collectors.toMap(FlowNode::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}
}
