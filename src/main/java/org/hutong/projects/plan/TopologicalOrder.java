package org.hutong.projects.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Kahn's order of a network: every item after all its predecessors, in O(items + edges). When some
 * items are never freed they hold a cycle, which is named in dependency order.
 */
final class TopologicalOrder {

	private TopologicalOrder() {
	}

	/** The items in order; shorter than the network when there is a cycle. */
	static int[] of(Network network) {
		int n = network.size();
		int[] waiting = new int[n];
		for (int i = 0; i < n; i++) {
			waiting[i] = network.inStart[i + 1] - network.inStart[i];
		}
		int[] order = new int[n];
		int head = 0;
		int tail = 0;
		for (int i = 0; i < n; i++) {
			if (waiting[i] == 0) {
				order[tail++] = i;
			}
		}
		while (head < tail) {
			int item = order[head++];
			for (int k = network.outStart[item]; k < network.outStart[item + 1]; k++) {
				int successor = network.to[network.outEdges[k]];
				if (--waiting[successor] == 0) {
					order[tail++] = successor;
				}
			}
		}
		return tail == n ? order : Arrays.copyOf(order, tail);
	}

	/**
	 * One cycle among the items the order left out, starting at the earliest of them in the plan.
	 * Each left-out item still waits for a left-out predecessor, so walking back from one must
	 * come round to an item already seen: the walk from there on, reversed, is the cycle.
	 */
	static List<Integer> cycle(Network network, int[] ordered) {
		boolean[] left = new boolean[network.size()];
		Arrays.fill(left, true);
		for (int item : ordered) {
			left[item] = false;
		}
		int[] seenAt = new int[network.size()];
		Arrays.fill(seenAt, -1);
		List<Integer> walk = new ArrayList<>();
		int item = firstLeft(left);
		while (seenAt[item] < 0) {
			seenAt[item] = walk.size();
			walk.add(item);
			item = leftPredecessor(network, left, item);
		}
		List<Integer> cycle = new ArrayList<>(walk.subList(seenAt[item], walk.size()));
		Collections.reverse(cycle);
		Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
		return cycle;
	}

	private static int firstLeft(boolean[] left) {
		for (int i = 0; i < left.length; i++) {
			if (left[i]) {
				return i;
			}
		}
		throw new IllegalStateException("no cycle");
	}

	private static int leftPredecessor(Network network, boolean[] left, int item) {
		for (int k = network.inStart[item]; k < network.inStart[item + 1]; k++) {
			int predecessor = network.from[network.inEdges[k]];
			if (left[predecessor]) {
				return predecessor;
			}
		}
		throw new IllegalStateException("a left-out item without a left-out predecessor");
	}
}
