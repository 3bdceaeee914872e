package org.hutong.approvals.web;

import java.util.List;
import java.util.Objects;

import org.hutong.approvals.route.RoutePrediction;
import org.hutong.approvals.route.RouteStep;
import org.hutong.identity.OrgChart;
import org.springframework.stereotype.Component;

/** A predicted route as the form shows it: each node and the people it resolves to, by name. */
@Component
public class RouteLines {

	private final OrgChart org;

	RouteLines(OrgChart org) {
		this.org = org;
	}

	/** One node of the route; {@code cc} for 抄送, {@code auto} when a rule decides it without anyone. */
	public record Line(String nodeId, String name, boolean cc, boolean auto, List<String> people) {
	}

	List<Line> of(RoutePrediction prediction) {
		List<RouteStep> steps = prediction.steps();
		var members = org.members(steps.stream().flatMap(step -> step.people().stream()).distinct().toList());
		return steps.stream()
			.map(step -> new Line(step.nodeId(), step.name(), step.kind() == RouteStep.Kind.CC,
					step.outcome() != RouteStep.Outcome.OPEN,
					step.people().stream().map(members::get).filter(Objects::nonNull).map(OrgChart.Member::displayName).toList()))
			.toList();
	}
}
