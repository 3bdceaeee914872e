package org.hutong.projects.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The chains of critical items along the dependencies that drive them (the successor starts exactly
 * on the predecessor's finish plus lag), each from an item no critical dependency leads to, to one
 * that finishes the project. Parallel critical routes multiply; the first {@link #MOST_CHAINS} are
 * enough to highlight, since the chart marks critical bars by item anyway.
 */
final class CriticalPath {

	static final int MOST_CHAINS = 20;

	private final Network network;

	private final Scheduling.Passes passes;

	private final boolean[] driven;

	private final boolean[] drives;

	/** The walk's current chain and, per depth, the next outgoing edge to try. */
	private final int[] path;

	private final int[] cursor;

	CriticalPath(Scheduling.Passes passes) {
		this.passes = passes;
		this.network = passes.network;
		this.driven = new boolean[network.size()];
		this.drives = new boolean[network.size()];
		this.path = new int[network.size()];
		this.cursor = new int[network.size()];
		for (int edge = 0; edge < network.dependencies; edge++) {
			if (critical(edge)) {
				drives[network.from[edge]] = true;
				driven[network.to[edge]] = true;
			}
		}
	}

	List<List<String>> chains() {
		List<List<String>> chains = new ArrayList<>();
		for (int item : passes.order) {
			if (passes.critical(item) && !driven[item]) {
				walk(item, chains);
			}
		}
		return chains;
	}

	private boolean critical(int edge) {
		int from = network.from[edge];
		int to = network.to[edge];
		return passes.critical(from) && passes.critical(to)
				&& passes.earlyFinish[from] + network.lag[edge] == passes.earlyStart[to];
	}

	/** Depth first along critical edges without recursion, so a chain of thousands of tasks is fine. */
	private void walk(int source, List<List<String>> chains) {
		int depth = 0;
		path[0] = source;
		cursor[0] = network.outStart[source];
		while (depth >= 0 && chains.size() < MOST_CHAINS) {
			int item = path[depth];
			if (!drives[item]) {
				finished(depth, chains);
				depth--;
				continue;
			}
			int next = nextCritical(item, depth);
			if (next < 0) {
				depth--;
				continue;
			}
			path[++depth] = next;
			cursor[depth] = network.outStart[next];
		}
	}

	private int nextCritical(int item, int depth) {
		while (cursor[depth] < network.outStart[item + 1]) {
			int edge = network.outEdges[cursor[depth]++];
			if (network.explicit(edge) && critical(edge)) {
				return network.to[edge];
			}
		}
		return -1;
	}

	/** A chain counts when it reaches the project's finish (not when it stops at a done item). */
	private void finished(int depth, List<List<String>> chains) {
		if (passes.earlyFinish[path[depth]] != passes.finish) {
			return;
		}
		List<String> chain = new ArrayList<>(depth + 1);
		for (int i = 0; i <= depth; i++) {
			chain.add(network.items[path[i]].id());
		}
		chains.add(chain);
	}
}
