package org.hutong.projects.lifecycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreads a project's planned days over its phases by their shares: each phase starts where the
 * share before it ends, the last ends on the project's planned end, and no phase is shorter than a
 * day while the project has days enough (a project shorter than its phases has some share a day).
 */
public final class PhasePlan {

	/** The planned days of one phase, both inclusive. */
	public record Span(LocalDate start, LocalDate end) {
	}

	private PhasePlan() {
	}

	public static List<Span> spread(List<Integer> shares, LocalDate start, LocalDate end) {
		if (shares.isEmpty()) {
			return List.of();
		}
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("the plan ends before it starts: " + start + " … " + end);
		}
		long days = ChronoUnit.DAYS.between(start, end) + 1;
		long total = shares.stream().mapToLong(Integer::longValue).sum();
		int n = shares.size();
		List<LocalDate> starts = new ArrayList<>();
		long before = 0;
		for (int i = 0; i < n; i++) {
			long offset = days >= n ? Math.min(Math.max(before * days / total, starts.isEmpty() ? 0 : last(starts, start) + 1),
					days - (n - i)) : Math.min(i, days - 1);
			starts.add(start.plusDays(offset));
			before += shares.get(i);
		}
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			LocalDate from = starts.get(i);
			LocalDate to = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : end;
			spans.add(new Span(from, to.isBefore(from) ? from : to));
		}
		return spans;
	}

	private static long last(List<LocalDate> starts, LocalDate start) {
		return ChronoUnit.DAYS.between(start, starts.get(starts.size() - 1));
	}
}
