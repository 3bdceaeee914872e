package org.hutong.approvals.route;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowRules;
import org.springframework.stereotype.Component;

/**
 * Plans a request's route from a definition: takes the branch each 条件分支 chooses, resolves each
 * node's people and applies the flow-wide rules in route order (approver = submitter, the same
 * approver again, no approver). What it answers is both the prediction and what then runs.
 */
@Component
public class RoutePlanner {

	private final ApproverResolver resolver;

	RoutePlanner(ApproverResolver resolver) {
		this.resolver = resolver;
	}

	/** Rules state carried along the route: who approved anywhere before, and at the step just before. */
	private static final class Seen {

		final Set<Long> before = new HashSet<>();

		Set<Long> previous = Set.of();
	}

	public Route plan(FlowDefinition definition, Submission submission) {
		return sequence(definition.nodes(), definition.rules(), submission, new Seen());
	}

	private Route sequence(List<FlowNode> nodes, FlowRules rules, Submission submission, Seen seen) {
		List<Route.Segment> segments = new ArrayList<>();
		for (FlowNode node : nodes) {
			if (node instanceof FlowNode.ConditionNode condition) {
				segments.addAll(sequence(branch(condition, submission), rules, submission, seen).segments());
			}
			else if (node instanceof FlowNode.ParallelNode parallel) {
				List<Route> lanes = parallel.lanes().stream().map(lane -> sequence(lane, rules, submission, seen)).toList();
				segments.add(new Route.Segment(null, lanes));
			}
			else if (node instanceof FlowNode.CcNode cc) {
				List<Long> people = resolver.resolve(cc.id(), cc.recipients(), submission);
				segments.add(new Route.Segment(new RouteStep(cc.id(), cc.name(), RouteStep.Kind.CC, null, null, false,
						people, RouteStep.Outcome.AUTO_PASS, null), null));
			}
			else if (node instanceof FlowNode.ApproverNode approver) {
				segments.add(new Route.Segment(approverStep(approver, rules, submission, seen), null));
			}
		}
		return new Route(segments);
	}

	private static List<FlowNode> branch(FlowNode.ConditionNode condition, Submission submission) {
		return condition.branches().stream()
			.filter(b -> Conditions.holds(b.condition(), submission.values(), submission.departmentChain()))
			.findFirst()
			.map(FlowNode.Branch::nodes)
			.orElse(condition.otherwise() == null ? List.of() : condition.otherwise());
	}

	private RouteStep approverStep(FlowNode.ApproverNode node, FlowRules rules, Submission submission, Seen seen) {
		List<Long> resolved = resolver.resolve(node.id(), node.sources(), submission);
		List<Long> people = new ArrayList<>(resolved);
		if (people.contains(submission.submitterId())) {
			people.remove(submission.submitterId());
			if (rules.submitterIsApprover() == FlowRules.SubmitterIsApprover.TO_LEADER) {
				resolver.directLeader(submission.submitterId()).stream().filter(l -> !people.contains(l)).forEach(people::add);
			}
		}
		switch (rules.repeatedApprover()) {
			case ONCE_ALL -> people.removeIf(seen.before::contains);
			case ONCE_CONSECUTIVE -> people.removeIf(seen.previous::contains);
			case NEVER -> {
			}
		}
		RouteStep.Outcome outcome = RouteStep.Outcome.OPEN;
		if (people.isEmpty()) {
			outcome = resolved.isEmpty() ? nobody(rules, submission, people) : RouteStep.Outcome.AUTO_PASS;
		}
		seen.before.addAll(people);
		seen.previous = Set.copyOf(people);
		return new RouteStep(node.id(), node.name(), RouteStep.Kind.APPROVE, node.mode(), node.passRatio(),
				node.commentRequired(), people, outcome, node.timeout(), node.signatureRequired());
	}

	/** No approver resolved: pass, reject, or the flow's admin (reject when the flow has no active admin). */
	private RouteStep.Outcome nobody(FlowRules rules, Submission submission, List<Long> people) {
		return switch (rules.noApprover()) {
			case AUTO_PASS -> RouteStep.Outcome.AUTO_PASS;
			case REJECT -> RouteStep.Outcome.AUTO_REJECT;
			case TO_ADMIN -> {
				List<Long> admin = submission.adminId() == null ? List.of() : resolver.active(List.of(submission.adminId()));
				people.addAll(admin);
				yield admin.isEmpty() ? RouteStep.Outcome.AUTO_REJECT : RouteStep.Outcome.OPEN;
			}
		};
	}
}
