package org.hutong.projects.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's budget as its page and the API show it: the category set it follows, budget against
 * actual ({@link BudgetSheet}), its lines and its latest costs; whether the reader edits it (the
 * manager or 负责人) and, for a funded project, the funded amount beside the total.
 */
public record BudgetPage(long projectId, String projectName, long setId, String setName, List<SetOption> sets,
		List<Option> categories, List<Option> phases, BudgetSheet sheet, List<LineView> lines, List<CostView> costs,
		boolean mayEdit, BigDecimal fundedAmount) {

	/** Whether the budget's total is more than the grant. */
	public boolean overFunded() {
		return fundedAmount != null && sheet.total().budget().compareTo(fundedAmount) > 0;
	}

	public record SetOption(long id, String name, boolean isDefault) {
	}

	public record Option(long id, String name) {
	}

	public record LineView(long id, long categoryId, String category, Long phaseId, String phase, BigDecimal amount,
			String note, int version) {
	}

	/** A live cost; {@code documentHref} opens its document when it has one. */
	public record CostView(long id, LocalDate spentOn, String source, long categoryId, String category, Long phaseId,
			String phase, BigDecimal amount, String description, String documentHref) {
	}
}
