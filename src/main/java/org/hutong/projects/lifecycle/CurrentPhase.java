package org.hutong.projects.lifecycle;

import java.time.LocalDate;

/** The phase a project is in: what its portfolio card shows, its gate planned for {@code plannedEnd}. */
public record CurrentPhase(long id, int position, String name, LocalDate plannedEnd) {

	static CurrentPhase of(Phase phase) {
		return new CurrentPhase(phase.getId(), phase.getPosition(), phase.getName(), phase.getPlannedEnd());
	}
}
