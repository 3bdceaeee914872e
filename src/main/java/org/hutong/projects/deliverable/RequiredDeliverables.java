package org.hutong.projects.deliverable;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hutong.projects.LifecycleTemplateApplied;
import org.hutong.projects.ProjectCreated;
import org.hutong.projects.lifecycle.LifecycleSnapshots;
import org.hutong.projects.lifecycle.Phase;
import org.hutong.projects.lifecycle.PhaseDeliverable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new project gets a deliverable row for each one its phases require, in the transaction that
 * created it (so its page lists them at once, 待提交). Idempotent: a required deliverable that has its
 * row already is left alone. A template applied to a running project: the rows of what it no longer
 * requires go while empty (kept as free deliverables once they hold versions), before the
 * requirements themselves go; the new requirements get their rows.
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
		rowsFor(created.projectId(), Set.of(), Set.of());
	}

	@EventListener
	void on(LifecycleTemplateApplied applied) {
		Set<Long> dropped = new HashSet<>(applied.droppedRequirementIds());
		Set<Long> removedPhases = new HashSet<>(applied.removedPhaseIds());
		List<Deliverable> gone = new java.util.ArrayList<>();
		for (Deliverable d : deliverables.findByProjectIdOrderByPhaseIdAscPositionAscIdAsc(applied.projectId())) {
			boolean unrequired = d.getPhaseDeliverableId() != null && dropped.contains(d.getPhaseDeliverableId());
			if ((unrequired || removedPhases.contains(d.getPhaseId())) && d.getVersions() == 0) {
				gone.add(d);
			}
			else if (unrequired) {
				d.released();
			}
		}
		deliverables.deleteAll(gone);
		deliverables.flush();
		rowsFor(applied.projectId(), dropped, removedPhases);
	}

	private void rowsFor(long projectId, Set<Long> dropped, Set<Long> removedPhases) {
		for (Phase phase : lifecycles.phases(projectId)) {
			if (removedPhases.contains(phase.getId())) {
				continue;
			}
			for (PhaseDeliverable required : phase.getDeliverables()) {
				if (!dropped.contains(required.getId()) && !deliverables.existsByPhaseDeliverableId(required.getId())) {
					deliverables.save(Deliverable.required(projectId, phase.getId(), required.getId(),
							required.getPosition(), required.getName(), clock.instant()));
				}
			}
		}
	}
}
