package org.hutong.projects.plan;

import java.time.LocalDate;
import java.util.Objects;

/** An item's dates when the baseline was saved; the end is the last day, as in the plan. */
public record BaselineItem(String id, LocalDate start, LocalDate end) {

	public BaselineItem {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
	}
}
