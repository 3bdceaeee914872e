package org.hutong.approvals.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request's way through its flow for one round: the chosen branches only, as a sequence of
 * segments, each a step or parallel lanes (each lane a route). Stored with the request, so what
 * runs is what was predicted and a change of the flow cannot move a running request.
 */
public record Route(List<Segment> segments) {

	/** Either {@code step} or {@code lanes} is set. */
	public record Segment(RouteStep step, List<Route> lanes) {

		boolean complete(Set<String> passed) {
			return step != null ? passed.contains(step.nodeId()) : lanes.stream().allMatch(l -> l.complete(passed));
		}
	}

	public Route {
		segments = segments == null ? List.of() : List.copyOf(segments);
	}

	/** Every step, depth first: the order the route is shown in. */
	public List<RouteStep> steps() {
		List<RouteStep> steps = new ArrayList<>();
		for (Segment segment : segments) {
			if (segment.step() != null) {
				steps.add(segment.step());
			}
			else {
				segment.lanes().forEach(lane -> steps.addAll(lane.steps()));
			}
		}
		return steps;
	}

	public Optional<RouteStep> step(String nodeId) {
		return steps().stream().filter(s -> s.nodeId().equals(nodeId)).findFirst();
	}

	public boolean complete(Set<String> passed) {
		return segments.stream().allMatch(s -> s.complete(passed));
	}

	/** The steps that may run now, given the nodes passed: the first unfinished segment's. */
	public List<RouteStep> ready(Set<String> passed) {
		for (Segment segment : segments) {
			if (segment.complete(passed)) {
				continue;
			}
			if (segment.step() != null) {
				return List.of(segment.step());
			}
			List<RouteStep> ready = new ArrayList<>();
			segment.lanes().forEach(lane -> ready.addAll(lane.ready(passed)));
			return ready;
		}
		return List.of();
	}
}
