package org.hutong.projects.deliverable;

import java.util.List;

import org.hutong.projects.lifecycle.PhaseStatus;

/**
 * A project's 交付物 per phase, in the phases' order.
 *
 * @param mayUpload whether the reader may upload versions and add deliverables
 */
public record DeliverablesView(long projectId, boolean mayUpload, List<PhaseGroup> phases) {

	/**
	 * One phase's deliverables, the required ones first.
	 *
	 * @param required how many the phase requires
	 * @param submitted how many of those have a version: the phase list shows "交付物 submitted/required"
	 */
	public record PhaseGroup(long phaseId, int position, String name, PhaseStatus status, int required, int submitted,
			List<DeliverableView> deliverables) {

		/** Whether the deliverable of that id is one of this phase's. */
		public boolean holds(Long deliverableId) {
			return deliverableId != null && deliverables.stream().anyMatch(d -> d.id() == deliverableId);
		}
	}
}
