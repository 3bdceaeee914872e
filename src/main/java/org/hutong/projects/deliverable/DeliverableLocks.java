package org.hutong.projects.deliverable;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a phase's deliverables when its gate passes: each one's current version becomes the accepted
 * one, and any later version is a 变更 with a reason. The gate review calls it once it has decided Go
 * (its own permission checked there), in its transaction.
 */
@Service
@Transactional
public class DeliverableLocks {

	private final DeliverableRepository deliverables;

	private final Clock clock;

	DeliverableLocks(DeliverableRepository deliverables, Clock clock) {
		this.deliverables = deliverables;
		this.clock = clock;
	}

	/**
	 * Locks the current version of each deliverable of the project's phase that has one; answers how
	 * many were locked now (those locked already and those without a version are left as they are).
	 */
	public int lockAccepted(long projectId, long phaseId) {
		Instant now = clock.instant();
		int locked = 0;
		for (Deliverable deliverable : deliverables.lockByPhase(projectId, phaseId)) {
			if (deliverable.lock(now)) {
				locked++;
			}
		}
		return locked;
	}

	/** The names of the deliverables the project's phase requires that have no version yet, in their order. */
	@Transactional(readOnly = true)
	public java.util.List<String> missing(long projectId, long phaseId) {
		return deliverables.findByProjectIdAndPhaseId(projectId, phaseId)
			.stream()
			.filter(d -> d.getPhaseDeliverableId() != null && d.getVersions() == 0)
			.sorted(java.util.Comparator.comparingInt(Deliverable::getPosition))
			.map(Deliverable::getName)
			.toList();
	}
}
