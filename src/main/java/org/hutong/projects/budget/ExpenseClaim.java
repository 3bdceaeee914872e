package org.hutong.projects.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an approved 报销 as the form kept it: its 关联项目, and its lines (category, day, amount, note).
 * A line the form would not have accepted (no day, no amount) is left out rather than guessed.
 */
final class ExpenseClaim {

	/** The budget categories each expense category counts in, the first a project's set has; else 其他. */
	private static final Map<String, List<String>> CATEGORIES = Map.of(
			"TRAVEL", List.of("差旅费", "业务费"),
			"TRANSPORT", List.of("差旅费", "业务费"),
			"MEALS", List.of("差旅费", "业务费"),
			"OFFICE", List.of("材料费", "业务费"),
			"ENTERTAINMENT", List.of("业务费"));

	private static final String OTHER = "其他";

	/** The stock 报销 field that links the project (a tenant's own field may already be called {@code project}). */
	static final String PROJECT = "rdProject";

	record Line(String category, LocalDate day, BigDecimal amount, String note) {
	}

	private ExpenseClaim() {
	}

	static Optional<Long> projectOf(Map<String, Object> values) {
		Object project = values.get(PROJECT);
		if (project instanceof Number number) {
			return Optional.of(number.longValue());
		}
		if (project instanceof String text && !text.isBlank()) {
			try {
				return Optional.of(Long.parseLong(text.trim()));
			}
			catch (NumberFormatException e) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	static List<Line> linesOf(Map<String, Object> values) {
		if (!(values.get("lines") instanceof List<?> rows)) {
			return List.of();
		}
		List<Line> lines = new ArrayList<>();
		for (Object row : rows) {
			if (row instanceof Map<?, ?> line) {
				LocalDate day = day(line.get("date"));
				BigDecimal amount = money(line.get("amount"));
				if (day != null && amount != null) {
					lines.add(new Line(text(line.get("category")), day, amount, text(line.get("note"))));
				}
			}
		}
		return lines;
	}

	/** The live, non-labour category of the project's set this expense category counts in. */
	static Optional<BudgetCategory> categoryFor(String expenseCategory, List<BudgetCategory> categories) {
		List<String> wanted = new ArrayList<>(CATEGORIES.getOrDefault(expenseCategory, List.of()));
		wanted.add(OTHER);
		for (String name : wanted) {
			Optional<BudgetCategory> found = categories.stream()
				.filter(c -> !c.isRetired() && !c.isLabour() && c.getName().equals(name))
				.findFirst();
			if (found.isPresent()) {
				return found;
			}
		}
		return categories.stream().filter(c -> !c.isRetired() && !c.isLabour()).reduce((first, last) -> last);
	}

	static BigDecimal money(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Number || value instanceof String) {
			try {
				return new BigDecimal(value.toString().trim());
			}
			catch (NumberFormatException e) {
				return null;
			}
		}
		return null;
	}

	private static LocalDate day(Object value) {
		try {
			return value == null ? null : LocalDate.parse(value.toString());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String text(Object value) {
		return value == null || value.toString().isBlank() ? null : value.toString().trim();
	}
}
