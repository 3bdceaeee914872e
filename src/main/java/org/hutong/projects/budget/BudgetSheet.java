package org.hutong.projects.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Budget against actual for one project, per category, per phase (a row for the whole project last)
 * and in total: budget, actual, remaining and burn. Actual is the live costs (manual and approved
 * 报销) plus labour (time × rate) when it is known; unknown, the labour category's actual is partial
 * and no sum counts it. Burn is actual over budget in whole percent, none without a budget.
 */
public record BudgetSheet(Row total, List<Row> categories, List<Row> phases, boolean labourKnown) {

	/** The thresholds of burn that warn, in percent. */
	static final int[] THRESHOLDS = { 80, 100 };

	/**
	 * @param id the category's or phase's id (null: the total, or the whole project's phase row)
	 * @param partial its actual leaves out labour, which is not known
	 */
	public record Row(Long id, String name, BigDecimal budget, BigDecimal actual, boolean partial) {

		public BigDecimal remaining() {
			return budget.subtract(actual);
		}

		/** Actual over budget in whole percent, or null without a budget. */
		public Integer burn() {
			if (budget.signum() == 0) {
				return null;
			}
			return actual.multiply(BigDecimal.valueOf(100)).divide(budget, 0, RoundingMode.DOWN).intValue();
		}

		/** The width of its bar: the burn, at most 100. */
		public int bar() {
			Integer burn = burn();
			return burn == null ? 0 : Math.min(100, burn);
		}

		public boolean over() {
			return budget.signum() > 0 && actual.compareTo(budget) > 0;
		}

		/** The thresholds its burn reached, the highest last. */
		List<Integer> reached() {
			List<Integer> reached = new ArrayList<>();
			for (int threshold : THRESHOLDS) {
				if (budget.signum() > 0
						&& actual.multiply(BigDecimal.valueOf(100)).compareTo(budget.multiply(BigDecimal.valueOf(threshold))) >= 0) {
					reached.add(threshold);
				}
			}
			return reached;
		}
	}

	/** A category of the project's set. */
	record Category(long id, String name, boolean labour) {
	}

	/** A phase of the project's lifecycle. */
	record Phase(long id, String name) {
	}

	/** An amount planned or spent, in a category and (null: none) a phase. */
	record Amount(long categoryId, Long phaseId, BigDecimal amount) {
	}

	/**
	 * @param labour labour per phase (key null: none), or null when it is not known
	 */
	static BudgetSheet of(List<Category> categories, List<Phase> phases, List<Amount> lines, List<Amount> costs,
			Map<Long, BigDecimal> labour) {
		boolean known = labour != null;
		Long labourCategory = categories.stream().filter(Category::labour).map(Category::id).findFirst().orElse(null);
		List<Amount> actuals = new ArrayList<>(costs);
		if (known && labourCategory != null) {
			labour.forEach((phase, amount) -> actuals.add(new Amount(labourCategory, phase, amount)));
		}
		List<Row> byCategory = new ArrayList<>();
		for (Category c : categories) {
			byCategory.add(new Row(c.id(), c.name(), sum(lines, a -> a.categoryId() == c.id()),
					sum(actuals, a -> a.categoryId() == c.id()), !known && c.labour()));
		}
		Map<Long, String> phaseNames = new LinkedHashMap<>();
		phases.forEach(p -> phaseNames.put(p.id(), p.name()));
		List<Row> byPhase = new ArrayList<>();
		for (Phase p : phases) {
			byPhase.add(new Row(p.id(), p.name(), sum(lines, a -> p.id() == nz(a.phaseId())),
					sum(actuals, a -> p.id() == nz(a.phaseId())), !known));
		}
		byPhase.add(new Row(null, null, sum(lines, a -> !phaseNames.containsKey(a.phaseId())),
				sum(actuals, a -> !phaseNames.containsKey(a.phaseId())), !known));
		Row total = new Row(null, null, sum(lines, a -> true), sum(actuals, a -> true), !known);
		return new BudgetSheet(total, byCategory, byPhase, known);
	}

	private static long nz(Long id) {
		return id == null ? -1 : id;
	}

	private static BigDecimal sum(List<Amount> amounts, java.util.function.Predicate<Amount> which) {
		return amounts.stream().filter(which).map(Amount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
