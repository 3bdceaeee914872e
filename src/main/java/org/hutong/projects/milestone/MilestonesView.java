package org.hutong.projects.milestone;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A project's milestones by due day.
 *
 * @param mayEdit whether the reader adds and changes them
 * @param mayReach whether the reader may mark one reached by hand (the manager, 负责人)
 * @param choices what a milestone may be in and wait for (empty unless the reader edits)
 */
public record MilestonesView(long projectId, boolean mayEdit, boolean mayReach, List<MilestoneView> milestones,
		Choices choices) {

	/** A phase, task or deliverable to pick. */
	public record Choice(long id, String label) {
	}

	/** The project's phases, tasks and deliverables. */
	public record Choices(List<Choice> phases, List<Choice> tasks, List<Choice> deliverables) {

		public String phase(Long id) {
			return label(phases, id);
		}

		public String task(Long id) {
			return label(tasks, id);
		}

		public String deliverable(Long id) {
			return label(deliverables, id);
		}

		private static String label(List<Choice> list, Long id) {
			if (id == null) {
				return null;
			}
			Map<Long, String> labels = list.stream().collect(Collectors.toMap(Choice::id, Choice::label, (a, b) -> a));
			return labels.get(id);
		}
	}

	/** How many of the milestones are reached. */
	public long reachedCount() {
		return milestones.stream().filter(MilestoneView::reached).count();
	}

}
