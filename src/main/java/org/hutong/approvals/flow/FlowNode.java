package org.hutong.approvals.flow;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A node of a flow's tree, identified by an id unique inside its definition (tasks, history and
 * version diffs refer to it). Immutable; a changed flow is a new version with a new tree.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = FlowNode.ApproverNode.class, name = "APPROVER"),
		@JsonSubTypes.Type(value = FlowNode.CcNode.class, name = "CC"),
		@JsonSubTypes.Type(value = FlowNode.ConditionNode.class, name = "CONDITION"),
		@JsonSubTypes.Type(value = FlowNode.ParallelNode.class, name = "PARALLEL") })
public sealed interface FlowNode {

	String id();

	String name();

	/** How a node's approvers decide: 依次, 会签 (all, or a pass ratio), 或签. */
	enum Mode {
		SEQUENTIAL, ALL, ANY
	}

	/** What a form field is to the approvers of a node. */
	enum FieldPermission {
		READ, EDIT, HIDDEN
	}

	enum TimeoutAction {
		AUTO_APPROVE, AUTO_REJECT
	}

	/**
	 * 超时: remind every {@code remindEveryMinutes} up to {@code maxReminders} times; after
	 * {@code afterMinutes} (0 = never) take {@code action}.
	 */
	record Timeout(int remindEveryMinutes, int maxReminders, int afterMinutes, TimeoutAction action) {
	}

	/**
	 * 审批人: approvers from one or more sources, deciding in a mode.
	 *
	 * @param passRatio for 会签, the percentage of approvals that passes the node; {@code null} = all
	 * @param signatureRequired 同意 and 拒绝 at this node carry the approver's handwritten signature
	 */
	record ApproverNode(String id, String name, List<ApproverSource> sources, Mode mode, Integer passRatio,
			boolean commentRequired, Map<String, FieldPermission> fieldPermissions, Timeout timeout,
			boolean signatureRequired) implements FlowNode {

		public ApproverNode {
			sources = sources == null ? List.of() : List.copyOf(sources);
			mode = mode == null ? Mode.SEQUENTIAL : mode;
			fieldPermissions = fieldPermissions == null ? Map.of() : Map.copyOf(fieldPermissions);
		}

		/** A node whose decisions need no signature. */
		public ApproverNode(String id, String name, List<ApproverSource> sources, Mode mode, Integer passRatio,
				boolean commentRequired, Map<String, FieldPermission> fieldPermissions, Timeout timeout) {
			this(id, name, sources, mode, passRatio, commentRequired, fieldPermissions, timeout, false);
		}

		public static ApproverNode of(String id, Mode mode, ApproverSource... sources) {
			return new ApproverNode(id, id, List.of(sources), mode, null, false, Map.of(), null);
		}
	}

	/** 抄送人: recipients told when the request reaches this point; nobody decides. */
	record CcNode(String id, String name, List<ApproverSource> recipients) implements FlowNode {

		public CcNode {
			recipients = recipients == null ? List.of() : List.copyOf(recipients);
		}
	}

	/** 条件分支: the first branch whose condition holds, else the required default branch. */
	record ConditionNode(String id, String name, List<Branch> branches, List<FlowNode> otherwise) implements FlowNode {

		public ConditionNode {
			branches = branches == null ? List.of() : List.copyOf(branches);
			otherwise = otherwise == null ? null : List.copyOf(otherwise);
		}
	}

	/** 并行分支: every lane runs at once and all must finish before what follows. */
	record ParallelNode(String id, String name, List<List<FlowNode>> lanes) implements FlowNode {

		public ParallelNode {
			lanes = lanes == null ? List.of() : lanes.stream().map(List::copyOf).toList();
		}
	}

	/** A branch of a condition node: its condition and the nodes it runs. */
	record Branch(String name, Condition condition, List<FlowNode> nodes) {

		public Branch {
			nodes = nodes == null ? List.of() : List.copyOf(nodes);
		}
	}
}
