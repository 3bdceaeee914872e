package org.hutong.projects.plan;

import static org.hutong.projects.plan.PlanRefusal.Code.BAD_DURATION;
import static org.hutong.projects.plan.PlanRefusal.Code.DUPLICATE_ITEM;
import static org.hutong.projects.plan.PlanRefusal.Code.END_BEFORE_START;
import static org.hutong.projects.plan.PlanRefusal.Code.LAG_TOO_NEGATIVE;
import static org.hutong.projects.plan.PlanRefusal.Code.NOT_A_PHASE;
import static org.hutong.projects.plan.PlanRefusal.Code.NO_DURATION;
import static org.hutong.projects.plan.PlanRefusal.Code.SELF_DEPENDENCY;
import static org.hutong.projects.plan.PlanRefusal.Code.UNKNOWN_ITEM;
import static org.hutong.projects.plan.PlanRefusal.Code.UNKNOWN_PHASE;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan as arrays indexed by item, with its edges in compressed lists both ways, so each pass is
 * one sweep over items and edges. Besides the dependencies, each task has an implicit edge from its
 * phase: the forward pass needs the phase's start before it places a floating task.
 */
final class Network {

	final Plan plan;

	final PlanItem[] items;

	final Map<String, Integer> index = new HashMap<>();

	/** Days after the project start; {@link #FLOATING} where the item has no fixed start. */
	final long[] fixedStart;

	final long[] duration;

	/** The task's phase, or -1. */
	final int[] phase;

	/** Edges {@code [0, dependencies)} are the plan's; the rest run from a phase to its tasks. */
	int[] from;

	int[] to;

	int[] lag;

	int dependencies;

	private int edgeCount;

	int[] outStart;

	int[] outEdges;

	int[] inStart;

	int[] inEdges;

	static final long FLOATING = Long.MIN_VALUE;

	private final List<PlanRefusal> refusals = new ArrayList<>();

	private Network(Plan plan) {
		this.plan = plan;
		this.items = plan.items().toArray(PlanItem[]::new);
		int n = items.length;
		this.fixedStart = new long[n];
		this.duration = new long[n];
		this.phase = new int[n];
	}

	/** The network, or the refusals that keep the plan from being one. */
	static Network of(Plan plan, List<PlanRefusal> into) {
		Network network = new Network(plan);
		network.indexItems();
		if (network.refusals.isEmpty()) {
			network.measureItems();
			network.linkPhases();
			network.buildEdges();
		}
		into.addAll(network.refusals);
		return network.refusals.isEmpty() ? network : null;
	}

	int size() {
		return items.length;
	}

	boolean explicit(int edge) {
		return edge < dependencies;
	}

	private void indexItems() {
		for (int i = 0; i < items.length; i++) {
			if (index.putIfAbsent(items[i].id(), i) != null) {
				refusals.add(PlanRefusal.of(DUPLICATE_ITEM, List.of(items[i].id()), items[i].id()));
			}
		}
	}

	private void measureItems() {
		for (int i = 0; i < items.length; i++) {
			PlanItem item = items[i];
			fixedStart[i] = item.fixed() ? ChronoUnit.DAYS.between(plan.projectStart(), item.start()) : FLOATING;
			duration[i] = measure(item);
		}
	}

	/** Calendar days from start to end, both counted; a milestone takes none. */
	private long measure(PlanItem item) {
		if (item.kind() == ItemKind.MILESTONE) {
			return 0;
		}
		if (item.start() != null && item.end() != null) {
			if (item.end().isBefore(item.start())) {
				refusals.add(PlanRefusal.of(END_BEFORE_START, List.of(item.id()), item.name(), item.start(), item.end()));
			}
			return ChronoUnit.DAYS.between(item.start(), item.end()) + 1;
		}
		if (item.durationDays() == null) {
			refusals.add(PlanRefusal.of(NO_DURATION, List.of(item.id()), item.name()));
			return 0;
		}
		if (item.durationDays() < 1) {
			refusals.add(PlanRefusal.of(BAD_DURATION, List.of(item.id()), item.name(), item.durationDays()));
		}
		return item.durationDays();
	}

	private void linkPhases() {
		for (int i = 0; i < items.length; i++) {
			phase[i] = -1;
			String phaseId = items[i].phaseId();
			if (phaseId == null) {
				continue;
			}
			Integer p = index.get(phaseId);
			if (p == null) {
				refusals.add(PlanRefusal.of(UNKNOWN_PHASE, List.of(items[i].id()), items[i].name(), phaseId));
			}
			else if (items[p].kind() != ItemKind.PHASE) {
				refusals.add(PlanRefusal.of(NOT_A_PHASE, List.of(items[i].id(), phaseId), items[i].name(),
						items[p].name()));
			}
			else {
				phase[i] = p;
			}
		}
	}

	private void buildEdges() {
		List<Dependency> deps = plan.dependencies();
		int phased = 0;
		for (int p : phase) {
			phased += p >= 0 ? 1 : 0;
		}
		from = new int[deps.size() + phased];
		to = new int[from.length];
		lag = new int[from.length];
		for (Dependency dependency : deps) {
			addDependency(dependency);
		}
		dependencies = edgeCount;
		for (int i = 0; i < items.length; i++) {
			if (phase[i] >= 0) {
				addEdge(phase[i], i, 0);
			}
		}
		outStart = new int[items.length + 1];
		outEdges = compress(from, outStart);
		inStart = new int[items.length + 1];
		inEdges = compress(to, inStart);
	}

	private void addDependency(Dependency dependency) {
		Integer predecessor = known(dependency.predecessorId());
		Integer successor = known(dependency.successorId());
		if (predecessor == null || successor == null) {
			return;
		}
		PlanItem item = items[predecessor];
		if (predecessor.equals(successor)) {
			refusals.add(PlanRefusal.of(SELF_DEPENDENCY, List.of(item.id()), item.name()));
		}
		else if (dependency.lagDays() < -duration[predecessor]) {
			refusals.add(PlanRefusal.of(LAG_TOO_NEGATIVE, List.of(item.id(), items[successor].id()), item.name(),
					items[successor].name(), dependency.lagDays(), duration[predecessor]));
		}
		else {
			addEdge(predecessor, successor, dependency.lagDays());
		}
	}

	private Integer known(String id) {
		Integer i = index.get(id);
		if (i == null) {
			refusals.add(PlanRefusal.of(UNKNOWN_ITEM, List.of(id), id));
		}
		return i;
	}

	private void addEdge(int predecessor, int successor, int lagDays) {
		from[edgeCount] = predecessor;
		to[edgeCount] = successor;
		lag[edgeCount] = lagDays;
		edgeCount++;
	}

	/** The edges grouped by their end in {@code ends}, {@code start[i]} where item i's group begins. */
	private int[] compress(int[] ends, int[] start) {
		for (int e = 0; e < edgeCount; e++) {
			start[ends[e] + 1]++;
		}
		for (int i = 0; i < items.length; i++) {
			start[i + 1] += start[i];
		}
		int[] next = start.clone();
		int[] grouped = new int[edgeCount];
		for (int e = 0; e < edgeCount; e++) {
			grouped[next[ends[e]]++] = e;
		}
		return grouped;
	}
}
