package org.hutong.approvals.admin;

import org.hutong.approvals.flow.FlowRules;

/**
 * The parameters of one designer step: the node it acts on, where a new node goes (after a node,
 * or first in the list {@code index} of {@code owner}: a branch, -1 for the default branch, or a
 * lane; no owner is the start), how far a node moves, and the flow-wide rules.
 */
record DraftStep(String node, DraftTree.Kind kind, String after, String owner, Integer index, Integer delta,
		FlowRules.SubmitterIsApprover submitterIsApprover, FlowRules.RepeatedApprover repeatedApprover,
		FlowRules.NoApprover noApprover, FlowRules.Withdrawal withdrawal) {
}
