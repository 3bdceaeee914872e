package org.hutong.approvals.route;

import java.util.List;

import org.hutong.approvals.flow.FlowNode;

/**
 * A node of a request's route with its people resolved and the flow-wide rules applied.
 *
 * @param people the approvers in order (for 依次) or the CC recipients
 * @param outcome {@code OPEN} when people decide, else what the rules decided for the node
 */
public record RouteStep(String nodeId, String name, Kind kind, FlowNode.Mode mode, Integer passRatio,
		boolean commentRequired, List<Long> people, Outcome outcome, FlowNode.Timeout timeout, boolean signatureRequired) {

	public enum Kind {
		APPROVE, CC
	}

	public enum Outcome {
		OPEN, AUTO_PASS, AUTO_REJECT
	}

	public RouteStep {
		people = people == null ? List.of() : List.copyOf(people);
	}

	/** A step whose decisions need no signature (a CC step, or routes kept before signatures). */
	public RouteStep(String nodeId, String name, Kind kind, FlowNode.Mode mode, Integer passRatio,
			boolean commentRequired, List<Long> people, Outcome outcome, FlowNode.Timeout timeout) {
		this(nodeId, name, kind, mode, passRatio, commentRequired, people, outcome, timeout, false);
	}
}
