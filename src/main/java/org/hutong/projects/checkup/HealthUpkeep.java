package org.hutong.projects.checkup;

import java.util.List;

import org.hutong.projects.BudgetThresholdCrossed;
import org.hutong.projects.GateDecided;
import org.hutong.projects.MilestoneReached;
import org.hutong.projects.PhaseEntered;
import org.hutong.projects.ProjectCreated;
import org.hutong.projects.TaskAssigned;
import org.hutong.projects.TaskCompleted;
import org.hutong.tenancy.TenantContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Judges a project again when its work changes: a phase entered, a gate decided, a task given or
 * done, a milestone reached, a budget warning. Judging is recomputing, so a replayed or re-delivered
 * event does no harm; what no event reports (a due day moved, a cost below the warnings, a day
 * passing) the nightly {@link HealthJob} catches.
 */
@Component
class HealthUpkeep {

	private final HealthCheckup checkup;

	private final TransactionTemplate transactions;

	HealthUpkeep(HealthCheckup checkup, TransactionTemplate transactions) {
		this.checkup = checkup;
		this.transactions = transactions;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ProjectCreated event) {
		judge(event.tenantId(), event.projectId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PhaseEntered event) {
		judge(event.tenantId(), event.projectId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(TaskAssigned event) {
		judge(event.tenantId(), event.projectId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(TaskCompleted event) {
		judge(event.tenantId(), event.projectId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(BudgetThresholdCrossed event) {
		judge(event.tenantId(), event.projectId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(GateDecided event) {
		judge(event.tenantId(), event.projectId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(MilestoneReached event) {
		judge(event.tenantId(), event.projectId());
	}

	private void judge(long tenantId, long projectId) {
		TenantContext.runAs(tenantId,
				() -> transactions.executeWithoutResult(status -> checkup.judge(tenantId, List.of(projectId))));
	}
}
