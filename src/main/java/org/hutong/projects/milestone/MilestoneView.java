package org.hutong.projects.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A milestone as shown and answered by the API.
 *
 * @param reachedBy who reached it by hand, null when reached automatically or still open
 * @param slipDays days its due day moved from its baseline day
 * @param version for {@code If-Match}
 */
public record MilestoneView(long id, long projectId, Long phaseId, String name, LocalDate dueOn, LocalDate baselineOn,
		long slipDays, MilestoneStatus status, Instant reachedAt, Long reachedBy, String reachedByName, String note,
		List<Long> taskIds, List<Long> deliverableIds, long version) {

	public boolean reached() {
		return status == MilestoneStatus.REACHED;
	}

	public boolean automatically() {
		return reached() && reachedBy == null;
	}
}
