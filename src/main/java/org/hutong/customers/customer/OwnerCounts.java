package org.hutong.customers.customer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How many customers of a 团队 list each owner holds, by owner id.
 *
 * @param byOwner customers by owner id
 * @param capped whether counting stopped at {@link org.hutong.shared.CappedCount#SIZE_CAP} rows: the
 *        figures are then lower bounds
 */
public record OwnerCounts(Map<Long, Long> byOwner, boolean capped) {

	static final OwnerCounts NONE = new OwnerCounts(Map.of(), false);

	/** The most owners a list shows counts for; the rest are reached through the 负责人 filter. */
	public static final int SHOWN = 12;

	/** One owner's count, named for the page. */
	public record Owner(long id, String name, long count) {
	}

	public boolean isEmpty() {
		return byOwner.isEmpty();
	}

	/** The owners holding most, up to {@link #SHOWN}, then by name; an owner without a name shows its id. */
	public List<Owner> top(Map<Long, String> names) {
		return byOwner.entrySet()
			.stream()
			.map(e -> new Owner(e.getKey(), names.getOrDefault(e.getKey(), "#" + e.getKey()), e.getValue()))
			.sorted(Comparator.comparingLong(Owner::count).reversed().thenComparing(Owner::name))
			.limit(SHOWN)
			.toList();
	}
}
