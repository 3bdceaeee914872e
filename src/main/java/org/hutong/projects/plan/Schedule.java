package org.hutong.projects.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scheduled plan: each item in the plan's order, the project's finish (its latest last day) and
 * the critical path — each chain of critical items, linked by the dependencies that drive them,
 * from where it starts to the project's finish. Two equally long routes are two chains.
 */
public record Schedule(List<ScheduledItem> items, LocalDate projectFinish, List<List<String>> criticalPath) {

	public Schedule {
		items = List.copyOf(items);
		List<List<String>> chains = new ArrayList<>(criticalPath.size());
		for (List<String> chain : criticalPath) {
			chains.add(List.copyOf(chain));
		}
		criticalPath = List.copyOf(chains);
	}

	public Optional<ScheduledItem> item(String id) {
		return items.stream().filter(item -> item.id().equals(id)).findFirst();
	}

	/** The items by id, for callers that look up many. */
	public Map<String, ScheduledItem> byId() {
		Map<String, ScheduledItem> byId = new LinkedHashMap<>();
		items.forEach(item -> byId.put(item.id(), item));
		return byId;
	}

	public List<String> criticalItemIds() {
		return items.stream().filter(ScheduledItem::critical).map(ScheduledItem::id).toList();
	}
}
