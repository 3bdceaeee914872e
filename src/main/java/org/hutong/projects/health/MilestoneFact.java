package org.hutong.projects.health;

import java.time.LocalDate;
import java.util.Objects;

/** A milestone as health sees it: when it was due and when (if yet) it was reached. */
public record MilestoneFact(String name, LocalDate plannedOn, LocalDate reachedOn) {

	public MilestoneFact {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(plannedOn, "plannedOn");
	}
}
