package org.hutong.projects.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hutong.approvals.ApprovalDecided;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.RequestForms;
import org.hutong.approvals.RequestForms.RequestForm;
import org.hutong.projects.lifecycle.LifecycleSnapshots;
import org.hutong.projects.lifecycle.Phase;
import org.hutong.projects.lifecycle.PhaseStatus;
import org.hutong.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An approved 报销 linked to a project becomes the project's actual costs, one per expense line, on
 * the line's day, in the budget category its expense category maps to and the phase the project was in
 * that day. Each line's source key is unique, so a decision delivered twice (or to two nodes) counts once.
 */
@Component
class ExpenseActuals {

	private static final Logger log = LoggerFactory.getLogger(ExpenseActuals.class);

	private final RequestForms forms;

	private final CostRepository costs;

	private final BudgetSheets sheets;

	private final LifecycleSnapshots lifecycles;

	private final Thresholds thresholds;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ExpenseActuals(RequestForms forms, CostRepository costs, BudgetSheets sheets, LifecycleSnapshots lifecycles,
			Thresholds thresholds, TransactionTemplate transactions, Clock clock) {
		this.forms = forms;
		this.costs = costs;
		this.sheets = sheets;
		this.lifecycles = lifecycles;
		this.thresholds = thresholds;
		this.transactions = transactions;
		this.clock = clock;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApprovalDecided decided) {
		if (decided.subject() != null || decided.outcome() != ApprovalStatus.APPROVED) {
			return;
		}
		TenantContext.runAs(decided.tenantId(), () -> transactions.executeWithoutResult(status -> forms
			.of(decided.requestId())
			.filter(form -> RequestForms.EXPENSE.equals(form.formKey()))
			.ifPresent(form -> count(decided.requestId(), form))));
	}

	private void count(long requestId, RequestForm form) {
		Optional<Long> projectId = ExpenseClaim.projectOf(form.values());
		if (projectId.isEmpty()) {
			return;
		}
		long project = projectId.get();
		List<BudgetCategory> categories = sheets.setOf(project).getCategories();
		List<Phase> phases = lifecycles.phases(project);
		List<ExpenseClaim.Line> lines = ExpenseClaim.linesOf(form.values());
		boolean added = false;
		for (int i = 0; i < lines.size(); i++) {
			ExpenseClaim.Line line = lines.get(i);
			String key = "expense:" + requestId + ":" + i;
			if (line.amount().signum() <= 0 || costs.existsBySourceKey(key)) {
				continue;
			}
			Optional<BudgetCategory> category = ExpenseClaim.categoryFor(line.category(), categories);
			if (category.isEmpty()) {
				log.warn("expense {} line {}: project {} has no budget category to count it in", requestId, i, project);
				continue;
			}
			costs.save(new Cost(project, Cost.Source.EXPENSE, key, line.day(), category.get().getId(),
					phaseOn(phases, line.day()), line.amount(), description(form, line), form.submitterId(),
					clock.instant()));
			added = true;
		}
		if (added) {
			thresholds.check(project);
		}
	}

	/** The phase the project was in on the day: entered by then and not left before it; else the current one. */
	private static Long phaseOn(List<Phase> phases, LocalDate day) {
		return phases.stream()
			.filter(p -> p.getActualStart() != null && !p.getActualStart().isAfter(day)
					&& (p.getActualEnd() == null || !p.getActualEnd().isBefore(day)))
			.reduce((first, later) -> later)
			.or(() -> phases.stream().filter(p -> p.getStatus() == PhaseStatus.ACTIVE).findFirst())
			.map(Phase::getId)
			.orElse(null);
	}

	private static String description(RequestForm form, ExpenseClaim.Line line) {
		String text = "报销 " + form.number() + (line.note() == null ? "" : " · " + line.note());
		return text.length() <= Cost.MAX_DESCRIPTION ? text : text.substring(0, Cost.MAX_DESCRIPTION);
	}
}
