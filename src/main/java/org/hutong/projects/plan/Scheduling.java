package org.hutong.projects.plan;

import static org.hutong.projects.plan.PlanRefusal.Code.CYCLE;
import static org.hutong.projects.plan.PlanRefusal.Code.STARTS_BEFORE_PREDECESSOR;
import static org.hutong.projects.plan.PlanRefusal.Code.TASK_ENDS_AFTER_PHASE;
import static org.hutong.projects.plan.PlanRefusal.Code.TASK_STARTS_BEFORE_PHASE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The critical path method over finish-to-start dependencies with lag, in O(items + dependencies):
 * Kahn's order, a forward pass for the earliest dates and a backward pass for the latest. Days are
 * calendar days counted from the project's start; internally an item occupies {@code [start,
 * finish)}, so a successor with no lag starts on the predecessor's finish.
 * <p>
 * Float counts only the dependencies and the project's finish: a phase's end is checked (a task
 * ending after it is refused), not scheduled against, so float still says how far a task may slip
 * before the project does. A refused plan gets every date and phase conflict at once, so the planner
 * fixes them in one go.
 */
public final class Scheduling {

	private Scheduling() {
	}

	public static ScheduleResult schedule(Plan plan) {
		List<PlanRefusal> refusals = new ArrayList<>();
		Network network = Network.of(plan, refusals);
		if (network == null) {
			return ScheduleResult.refused(refusals);
		}
		int[] order = TopologicalOrder.of(network);
		if (order.length < network.size()) {
			return ScheduleResult.refused(List.of(cycle(network, order)));
		}
		Passes passes = new Passes(network, order);
		refusals.addAll(passes.forward());
		refusals.addAll(outsidePhases(network, passes));
		if (!refusals.isEmpty()) {
			return ScheduleResult.refused(refusals);
		}
		passes.backward();
		return ScheduleResult.scheduled(passes.schedule());
	}

	private static PlanRefusal cycle(Network network, int[] order) {
		List<Integer> cycle = TopologicalOrder.cycle(network, order);
		List<String> ids = cycle.stream().map(i -> network.items[i].id()).toList();
		String names = cycle.stream().map(i -> network.items[i].name()).collect(Collectors.joining(" → "));
		return PlanRefusal.of(CYCLE, ids, names + " → " + network.items[cycle.get(0)].name());
	}

	private static List<PlanRefusal> outsidePhases(Network network, Passes passes) {
		List<PlanRefusal> refusals = new ArrayList<>();
		for (int i = 0; i < network.size(); i++) {
			int p = network.phase[i];
			if (p < 0 || network.items[i].done()) {
				continue;
			}
			List<String> ids = List.of(network.items[i].id(), network.items[p].id());
			String task = network.items[i].name();
			String phase = network.items[p].name();
			if (passes.earlyStart[i] < passes.earlyStart[p]) {
				refusals.add(PlanRefusal.of(TASK_STARTS_BEFORE_PHASE, ids, task, phase, passes.startDate(i),
						passes.startDate(p)));
			}
			if (passes.earlyFinish[i] > passes.earlyFinish[p]) {
				refusals.add(PlanRefusal.of(TASK_ENDS_AFTER_PHASE, ids, task, phase, passes.finishDate(i),
						passes.finishDate(p)));
			}
		}
		return refusals;
	}

	/** The two passes' days, indexed like the network's items. */
	static final class Passes {

		final Network network;

		final int[] order;

		final long[] earlyStart;

		final long[] earlyFinish;

		final long[] lateStart;

		final long[] lateFinish;

		long finish;

		Passes(Network network, int[] order) {
			this.network = network;
			this.order = order;
			int n = network.size();
			earlyStart = new long[n];
			earlyFinish = new long[n];
			lateStart = new long[n];
			lateFinish = new long[n];
		}

		/** Earliest days in Kahn's order; a fixed start that comes too soon is refused, edge by edge. */
		List<PlanRefusal> forward() {
			List<PlanRefusal> refusals = new ArrayList<>();
			for (int item : order) {
				long earliest = 0;
				for (int k = network.inStart[item]; k < network.inStart[item + 1]; k++) {
					int edge = network.inEdges[k];
					long bound = bound(edge);
					if (tooSoon(item, edge, bound)) {
						refusals.add(startsTooSoon(item, network.from[edge], bound));
					}
					earliest = Math.max(earliest, bound);
				}
				boolean fixed = network.fixedStart[item] != Network.FLOATING;
				earlyStart[item] = fixed ? network.fixedStart[item] : earliest;
				earlyFinish[item] = earlyStart[item] + network.duration[item];
				finish = Math.max(finish, earlyFinish[item]);
			}
			return refusals;
		}

		/** A dependency's successor starts after its finish plus lag; a phase's task not before it. */
		private long bound(int edge) {
			int predecessor = network.from[edge];
			return network.explicit(edge) ? earlyFinish[predecessor] + network.lag[edge] : earlyStart[predecessor];
		}

		/** What happened is not refused; a task before its phase is refused as such, not here. */
		private boolean tooSoon(int item, int edge, long bound) {
			return network.explicit(edge) && network.fixedStart[item] != Network.FLOATING
					&& !network.items[item].done() && bound > network.fixedStart[item];
		}

		private PlanRefusal startsTooSoon(int item, int predecessor, long bound) {
			PlanItem successor = network.items[item];
			return PlanRefusal.of(STARTS_BEFORE_PREDECESSOR, List.of(successor.id(), network.items[predecessor].id()),
					successor.name(), network.items[predecessor].name(), successor.start(), date(bound));
		}

		/**
		 * Latest days in reverse order: no later than the project's finish nor than any successor
		 * needs. A successor already done needs nothing any more.
		 */
		void backward() {
			for (int k = order.length - 1; k >= 0; k--) {
				int item = order[k];
				long latest = finish;
				for (int j = network.outStart[item]; j < network.outStart[item + 1]; j++) {
					int edge = network.outEdges[j];
					if (network.explicit(edge) && !network.items[network.to[edge]].done()) {
						latest = Math.min(latest, lateStart[network.to[edge]] - network.lag[edge]);
					}
				}
				lateFinish[item] = latest;
				lateStart[item] = latest - network.duration[item];
			}
		}

		boolean critical(int item) {
			return lateStart[item] <= earlyStart[item] && !network.items[item].done();
		}

		Schedule schedule() {
			List<ScheduledItem> items = new ArrayList<>();
			LocalDate projectFinish = network.plan.projectStart();
			for (int i = 0; i < network.size(); i++) {
				PlanItem item = network.items[i];
				items.add(new ScheduledItem(item.id(), item.kind(), item.name(), startDate(i), finishDate(i),
						date(lateStart[i]), lastDay(lateStart[i], lateFinish[i]), lateStart[i] - earlyStart[i],
						critical(i)));
				projectFinish = projectFinish.isAfter(finishDate(i)) ? projectFinish : finishDate(i);
			}
			return new Schedule(items, projectFinish, new CriticalPath(this).chains());
		}

		LocalDate startDate(int item) {
			return date(earlyStart[item]);
		}

		LocalDate finishDate(int item) {
			return lastDay(earlyStart[item], earlyFinish[item]);
		}

		/** The last day of {@code [start, finish)}; a milestone's own day. */
		private LocalDate lastDay(long start, long finish) {
			return date(finish > start ? finish - 1 : start);
		}

		private LocalDate date(long day) {
			return network.plan.projectStart().plusDays(day);
		}
	}
}
