package org.hutong.approvals.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.hutong.approvals.delegation.Delegations;
import org.hutong.approvals.route.RoutePrediction;
import org.hutong.approvals.route.RouteStep;
import org.hutong.identity.OrgChart;
import org.springframework.stereotype.Component;

/** A predicted route as the form shows it: each node and the people it resolves to, by name. */
@Component
public class RouteLines {

	private final OrgChart org;

	private final Delegations delegations;

	RouteLines(OrgChart org, Delegations delegations) {
		this.org = org;
		this.delegations = delegations;
	}

	/** One node of the route; {@code cc} for 抄送, {@code auto} when a rule decides it without anyone. */
	public record Line(String nodeId, String name, boolean cc, boolean auto, List<RequestView.Person> people) {
	}

	/**
	 * Each approver as they will get the task: a person away today shows as their delegate, 代 them,
	 * unless the delegate is the submitter (who never approves their own; the engine keeps it so too).
	 */
	List<Line> of(RoutePrediction prediction, long submitterId) {
		List<RouteStep> steps = prediction.steps();
		List<Long> people = steps.stream().flatMap(step -> step.people().stream()).distinct().toList();
		Map<Long, Long> away = new HashMap<>(delegations.delegatesToday(people));
		away.values().removeIf(delegate -> delegate == submitterId);
		var members = org.members(Stream.concat(people.stream(), away.values().stream()).distinct().toList());
		return steps.stream()
			.map(step -> new Line(step.nodeId(), step.name(), step.kind() == RouteStep.Kind.CC,
					step.outcome() != RouteStep.Outcome.OPEN,
					step.people().stream().map(person -> person(person, step, away, members)).filter(Objects::nonNull).toList()))
			.toList();
	}

	private static RequestView.Person person(long person, RouteStep step, Map<Long, Long> away,
			Map<Long, OrgChart.Member> members) {
		OrgChart.Member member = members.get(person);
		if (member == null) {
			return null;
		}
		OrgChart.Member delegate = step.kind() == RouteStep.Kind.CC ? null : members.get(away.get(person));
		return delegate == null ? new RequestView.Person(member.displayName(), null)
				: new RequestView.Person(delegate.displayName(), member.displayName());
	}
}
