package org.hutong.projects.milestone;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/** A milestone as entered: name, due day, optionally its phase, and the tasks and deliverables it waits for. */
public record MilestoneForm(
		@NotNull(message = "{milestone.name.required}") @Size(max = Milestone.MAX_NAME,
				message = "{milestone.name.tooLong}") String name,
		@NotNull(message = "{milestone.dueOn.required}") LocalDate dueOn, Long phaseId, List<Long> taskIds,
		List<Long> deliverableIds) {

	public MilestoneForm {
		name = Texts.clean(name);
		taskIds = taskIds == null ? List.of() : taskIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		deliverableIds = deliverableIds == null ? List.of()
				: deliverableIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
	}
}
