package org.hutong.projects.budget;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/** Puts a project's budget page together: names for the ids, the lines and the latest costs. */
@Component
class BudgetPages {

	/** How many costs the page lists. */
	static final int LATEST = 20;

	private final BudgetSheets sheets;

	private final BudgetSetRepository sets;

	private final BudgetLineRepository lines;

	private final CostRepository costs;

	private final ProjectFacts projects;

	BudgetPages(BudgetSheets sheets, BudgetSetRepository sets, BudgetLineRepository lines, CostRepository costs,
			ProjectFacts projects) {
		this.sheets = sheets;
		this.sets = sets;
		this.lines = lines;
		this.costs = costs;
		this.projects = projects;
	}

	BudgetPage page(long projectId, boolean mayEdit) {
		ProjectFacts.Facts project = projects.of(projectId);
		BudgetSet set = sheets.setOf(projectId);
		Map<Long, String> categoryNames = new HashMap<>();
		set.getCategories().forEach(c -> categoryNames.put(c.getId(), c.getName()));
		List<BudgetSheet.Phase> phases = sheets.phases(projectId);
		Map<Long, String> phaseNames = new HashMap<>();
		phases.forEach(p -> phaseNames.put(p.id(), p.name()));
		List<BudgetPage.LineView> lineViews = lines.findByProjectIdOrderByIdAsc(projectId).stream()
			.map(l -> new BudgetPage.LineView(l.getId(), l.getCategoryId(), categoryNames.get(l.getCategoryId()),
					l.getPhaseId(), phaseNames.get(l.getPhaseId()), l.getAmount(), l.getNote(), l.getRowVersion()))
			.toList();
		List<BudgetPage.CostView> costViews = costs.first(projectId, Limit.of(LATEST)).stream()
			.map(c -> view(c, categoryNames, phaseNames))
			.toList();
		return new BudgetPage(projectId, project.name(), set.getId(), set.getName(), options(),
				set.getCategories().stream().filter(c -> !c.isRetired())
					.map(c -> new BudgetPage.Option(c.getId(), c.getName())).toList(),
				phases.stream().map(p -> new BudgetPage.Option(p.id(), p.name())).toList(), sheets.sheet(projectId),
				lineViews, costViews, mayEdit, project.fundedAmount());
	}

	List<BudgetPage.SetOption> options() {
		return sets.findAllByOrderByPositionAscIdAsc().stream()
			.map(s -> new BudgetPage.SetOption(s.getId(), s.getName(), s.isDefault()))
			.toList();
	}

	static BudgetPage.CostView view(Cost c, Map<Long, String> categoryNames, Map<Long, String> phaseNames) {
		String href = c.getDocumentId() == null ? null
				: "/projects/" + c.getProjectId() + "/budget/costs/" + c.getId() + "/document";
		return new BudgetPage.CostView(c.getId(), c.getSpentOn(), c.getSource().name(), c.getCategoryId(),
				categoryNames.get(c.getCategoryId()), c.getPhaseId(), phaseNames.get(c.getPhaseId()), c.getAmount(),
				c.getDescription(), href);
	}
}
