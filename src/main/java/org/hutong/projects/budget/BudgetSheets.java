package org.hutong.projects.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.hutong.projects.lifecycle.LifecycleSnapshots;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts a project's budget together: the category set it follows (its choice, else its type's, else the default),
 * its phases, lines, live costs and — when something provides it — its labour.
 */
@Component
class BudgetSheets {

	private final BudgetSetRepository sets;

	private final BudgetChoiceRepository choices;

	private final BudgetLineRepository lines;

	private final CostRepository costs;

	private final LifecycleSnapshots lifecycles;

	private final ObjectProvider<LabourActuals> labour;

	private final BudgetTypeSetRepository typeSets;

	private final ProjectFacts facts;

	BudgetSheets(BudgetSetRepository sets, BudgetChoiceRepository choices, BudgetLineRepository lines,
			CostRepository costs, LifecycleSnapshots lifecycles, ObjectProvider<LabourActuals> labour,
			BudgetTypeSetRepository typeSets, ProjectFacts facts) {
		this.typeSets = typeSets;
		this.facts = facts;
		this.sets = sets;
		this.choices = choices;
		this.lines = lines;
		this.costs = costs;
		this.lifecycles = lifecycles;
		this.labour = labour;
	}

	/** The set the project follows: its choice, else its type's, else the default. */
	BudgetSet setOf(long projectId) {
		return choices.findByProjectId(projectId).flatMap(c -> sets.findById(c.getSetId()))
			.or(() -> typeSets.findByTypeId(facts.typeOf(projectId)).flatMap(t -> sets.findById(t.getSetId())))
			.orElseGet(() -> sets.findFirstByIsDefaultTrue().orElseThrow());
	}

	List<BudgetSheet.Phase> phases(long projectId) {
		return lifecycles.phases(projectId).stream()
			.map(p -> new BudgetSheet.Phase(p.getId(), p.getName()))
			.toList();
	}

	/** Budget against actual for the project. */
	BudgetSheet sheet(long projectId) {
		BudgetSet set = setOf(projectId);
		List<BudgetSheet.Category> categories = set.getCategories().stream()
			.map(c -> new BudgetSheet.Category(c.getId(), c.getName(), c.isLabour()))
			.toList();
		List<BudgetSheet.Amount> planned = lines.findByProjectIdOrderByIdAsc(projectId).stream()
			.map(l -> new BudgetSheet.Amount(l.getCategoryId(), l.getPhaseId(), l.getAmount()))
			.toList();
		List<BudgetSheet.Amount> spent = costs.findByProjectIdAndDeletedAtIsNull(projectId).stream()
			.map(c -> new BudgetSheet.Amount(c.getCategoryId(), c.getPhaseId(), c.getAmount()))
			.toList();
		LabourActuals known = labour.getIfAvailable();
		Map<Long, BigDecimal> byPhase = known == null ? null : known.byPhase(projectId);
		return BudgetSheet.of(categories, phases(projectId), planned, spent, byPhase);
	}
}
