package org.hutong.approvals.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Branch;
import org.hutong.approvals.flow.FlowNode.CcNode;
import org.hutong.approvals.flow.FlowNode.ConditionNode;
import org.hutong.approvals.flow.FlowNode.ParallelNode;

/**
 * The designer's edits of a draft definition. Nodes are immutable records, so every edit rebuilds
 * the tree: one list transformation applied to every list of nodes (the start, each branch, the
 * default branch, each lane) does for add, move and delete wherever the node sits.
 */
final class DraftTree {

	/** The kinds of node the + button offers. */
	enum Kind {
		APPROVER, CC, CONDITION, PARALLEL
	}

	private DraftTree() {
	}

	static FlowNode fresh(Kind kind, String name) {
		String id = newId();
		return switch (kind) {
			case APPROVER -> new ApproverNode(id, name, List.of(ApproverSource.leader(1)), FlowNode.Mode.SEQUENTIAL, null,
					false, null, null);
			case CC -> new CcNode(id, name, List.of(ApproverSource.leader(1)));
			case CONDITION -> new ConditionNode(id, name, List.of(new Branch(name + " 1", null, List.of())), List.of());
			case PARALLEL -> new ParallelNode(id, name, List.of(List.of(), List.of()));
		};
	}

	static String newId() {
		return "n" + UUID.randomUUID().toString().substring(0, 8);
	}

	static Optional<FlowNode> find(FlowDefinition draft, String id) {
		return draft.allNodes().stream().filter(node -> node.id().equals(id)).findFirst();
	}

	static FlowDefinition addAfter(FlowDefinition draft, String afterId, FlowNode node) {
		return everyList(draft, list -> {
			List<FlowNode> out = new ArrayList<>();
			list.forEach(each -> {
				out.add(each);
				if (each.id().equals(afterId)) {
					out.add(node);
				}
			});
			return out;
		});
	}

	/** Puts the node first in a list: the start ({@code ownerId} null), or branch / lane {@code index} of the owner (-1 = default branch). */
	static FlowDefinition addFirst(FlowDefinition draft, String ownerId, int index, FlowNode node) {
		if (ownerId == null || ownerId.isBlank()) {
			return new FlowDefinition(prepend(node, draft.nodes()), draft.rules());
		}
		return replace(draft, ownerId, owner -> withChildList(owner, index, list -> prepend(node, list)));
	}

	static FlowDefinition remove(FlowDefinition draft, String id) {
		return everyList(draft, list -> list.stream().filter(node -> !node.id().equals(id)).toList());
	}

	static FlowDefinition move(FlowDefinition draft, String id, int delta) {
		return everyList(draft, list -> {
			List<FlowNode> out = new ArrayList<>(list);
			for (int i = 0; i < out.size(); i++) {
				int to = i + delta;
				if (out.get(i).id().equals(id) && to >= 0 && to < out.size()) {
					out.set(i, out.get(to));
					out.set(to, list.get(i));
					break;
				}
			}
			return out;
		});
	}

	static FlowDefinition replace(FlowDefinition draft, String id, UnaryOperator<FlowNode> change) {
		return everyList(draft, list -> list.stream().map(node -> node.id().equals(id) ? change.apply(node) : node).toList());
	}

	/** Applies the change to one list below a condition (branch index, -1 = default) or a parallel node (lane index). */
	static FlowNode withChildList(FlowNode owner, int index, UnaryOperator<List<FlowNode>> change) {
		if (owner instanceof ConditionNode c) {
			if (index < 0) {
				return new ConditionNode(c.id(), c.name(), c.branches(), change.apply(c.otherwise() == null ? List.of() : c.otherwise()));
			}
			List<Branch> branches = new ArrayList<>(c.branches());
			Branch b = branches.get(index);
			branches.set(index, new Branch(b.name(), b.condition(), change.apply(b.nodes())));
			return new ConditionNode(c.id(), c.name(), branches, c.otherwise());
		}
		if (owner instanceof ParallelNode p) {
			List<List<FlowNode>> lanes = new ArrayList<>(p.lanes());
			lanes.set(index, change.apply(lanes.get(index)));
			return new ParallelNode(p.id(), p.name(), lanes);
		}
		return owner;
	}

	private static List<FlowNode> prepend(FlowNode node, List<FlowNode> list) {
		List<FlowNode> out = new ArrayList<>();
		out.add(node);
		out.addAll(list);
		return out;
	}

	private static FlowDefinition everyList(FlowDefinition draft, UnaryOperator<List<FlowNode>> change) {
		return new FlowDefinition(lists(draft.nodes(), change), draft.rules());
	}

	private static List<FlowNode> lists(List<FlowNode> nodes, UnaryOperator<List<FlowNode>> change) {
		return change.apply(nodes.stream().map(node -> children(node, change)).toList());
	}

	private static FlowNode children(FlowNode node, UnaryOperator<List<FlowNode>> change) {
		if (node instanceof ConditionNode c) {
			return new ConditionNode(c.id(), c.name(),
					c.branches().stream().map(b -> new Branch(b.name(), b.condition(), lists(b.nodes(), change))).toList(),
					c.otherwise() == null ? null : lists(c.otherwise(), change));
		}
		if (node instanceof ParallelNode p) {
			return new ParallelNode(p.id(), p.name(), p.lanes().stream().map(lane -> lists(lane, change)).toList());
		}
		return node;
	}
}
