package org.hutong.projects.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The current schedule against a saved baseline: each item's slip in the current plan's order, the
 * project's finish slip (its last day now against the baseline's), and the items planned since the
 * baseline (added) or dropped from the plan (removed), which have no slip.
 */
public record BaselineComparison(List<Slip> slips, long finishSlipDays, List<String> added, List<String> removed) {

	public BaselineComparison {
		slips = List.copyOf(slips);
		added = List.copyOf(added);
		removed = List.copyOf(removed);
	}

	public static BaselineComparison of(List<BaselineItem> baseline, Schedule current) {
		Map<String, BaselineItem> saved = new LinkedHashMap<>();
		baseline.forEach(item -> saved.put(item.id(), item));
		List<Slip> slips = new ArrayList<>();
		List<String> added = new ArrayList<>();
		for (ScheduledItem item : current.items()) {
			BaselineItem then = saved.remove(item.id());
			if (then == null) {
				added.add(item.id());
			}
			else {
				slips.add(new Slip(item.id(), days(then.start(), item.earlyStart()), days(then.end(), item.earlyFinish())));
			}
		}
		return new BaselineComparison(slips, finishSlip(baseline, current), added, List.copyOf(saved.keySet()));
	}

	private static long finishSlip(List<BaselineItem> baseline, Schedule current) {
		return baseline.stream()
			.map(BaselineItem::end)
			.max(LocalDate::compareTo)
			.map(finish -> days(finish, current.projectFinish()))
			.orElse(0L);
	}

	private static long days(LocalDate then, LocalDate now) {
		return ChronoUnit.DAYS.between(then, now);
	}

	public Slip slip(String id) {
		return slips.stream().filter(slip -> slip.id().equals(id)).findFirst().orElse(null);
	}
}
