package org.hutong.projects.deliverable;

import java.time.Clock;

import org.hutong.projects.ProjectCreated;
import org.hutong.projects.lifecycle.LifecycleSnapshots;
import org.hutong.projects.lifecycle.Phase;
import org.hutong.projects.lifecycle.PhaseDeliverable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new project gets a deliverable row for each one its phases require, in the transaction that
 * created it (so its page lists them at once, 待提交). Idempotent: a required deliverable that has its
 * row already is left alone.
 */
@Component
class RequiredDeliverables {

	private final DeliverableRepository deliverables;

	private final LifecycleSnapshots lifecycles;

	private final Clock clock;

	RequiredDeliverables(DeliverableRepository deliverables, LifecycleSnapshots lifecycles, Clock clock) {
		this.deliverables = deliverables;
		this.lifecycles = lifecycles;
		this.clock = clock;
	}

	@EventListener
	void on(ProjectCreated created) {
		for (Phase phase : lifecycles.phases(created.projectId())) {
			for (PhaseDeliverable required : phase.getDeliverables()) {
				if (!deliverables.existsByPhaseDeliverableId(required.getId())) {
					deliverables.save(Deliverable.required(created.projectId(), phase.getId(), required.getId(),
							required.getPosition(), required.getName(), clock.instant()));
				}
			}
		}
	}
}
