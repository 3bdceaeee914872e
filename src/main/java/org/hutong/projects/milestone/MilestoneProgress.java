package org.hutong.projects.milestone;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.hutong.projects.DeliverableVersionAdded;
import org.hutong.projects.MilestoneReached;
import org.hutong.projects.TaskCompleted;
import org.hutong.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reaches milestones automatically: a completed task or a new deliverable version makes the open
 * milestones waiting for it look at their project's work again, so a replayed event reaches nothing
 * twice. Says {@link MilestoneReached} for each milestone reached, automatically or by hand.
 */
@Component
class MilestoneProgress {

	private final MilestoneRepository milestones;

	private final ProjectWorkFacts facts;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MilestoneProgress(MilestoneRepository milestones, ProjectWorkFacts facts, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.milestones = milestones;
		this.facts = facts;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** Outside a transaction of its own: the enterprise has to be set before the session opens. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(TaskCompleted completed) {
		follow(completed.tenantId(), MilestoneLink.Kind.TASK, completed.taskId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(DeliverableVersionAdded added) {
		follow(added.tenantId(), MilestoneLink.Kind.DELIVERABLE, added.deliverableId());
	}

	/** The open milestones waiting for that task or deliverable, reached if all they wait for is there. */
	void follow(long tenantId, MilestoneLink.Kind kind, long target) {
		TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> {
			List<Milestone> waiting = milestones.lockOpenWaitingFor(kind, target);
			if (waiting.isEmpty()) {
				return;
			}
			long projectId = waiting.get(0).getProjectId();
			Set<Long> done = facts.doneTasks(projectId);
			Set<Long> submitted = facts.submittedDeliverables(projectId);
			Instant now = now();
			for (Milestone milestone : waiting) {
				if (milestone.reachIfComplete(done, submitted, now)) {
					announce(tenantId, milestone);
				}
			}
		}));
	}

	void announce(long tenantId, Milestone milestone) {
		events.publishEvent(new MilestoneReached(tenantId, milestone.getId(), milestone.getProjectId(),
				milestone.getName(), milestone.getDueOn(), milestone.slipDays(), milestone.getReachedBy(),
				milestone.getReachedAt()));
	}

	Instant now() {
		return clock.instant();
	}
}
