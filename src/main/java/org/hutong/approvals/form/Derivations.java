package org.hutong.approvals.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes the fields a form derives instead of asking for: working days of a date range (请假
 * 时长), the total of a table's numeric column (报销 合计), or of two columns multiplied row by row
 * (采购 数量 × 单价). A row missing a factor adds nothing. What the caller sent for them is ignored.
 */
final class Derivations {

	private Derivations() {
	}

	static void fill(List<FieldDefinition> fields, Map<String, Object> values) {
		for (FieldDefinition field : fields) {
			if (field.isDerived()) {
				BigDecimal derived = derive(field, fields, values);
				if (derived != null) {
					values.put(field.key(), derived);
				}
			}
		}
	}

	private static BigDecimal derive(FieldDefinition field, List<FieldDefinition> fields, Map<String, Object> values) {
		String[] parts = field.derivedFrom().split("\\.", -1);
		Object source = values.get(parts[0]);
		if (parts.length == 1 && source instanceof DateRange range) {
			return range.workingDays();
		}
		if (parts.length == 2 && source instanceof List<?> rows) {
			String[] factors = parts[1].split("\\*", -1);
			int scale = factors.length > 1 ? 2 : fields.stream()
				.filter(other -> other.key().equals(parts[0]))
				.findFirst()
				.flatMap(table -> table.column(parts[1]))
				.map(column -> column.type() == FieldType.MONEY || column.scale() == null ? 2 : column.scale())
				.orElse(2);
			return rows.stream()
				.map(row -> product((Map<?, ?>) row, factors))
				.filter(Objects::nonNull)
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.setScale(scale, RoundingMode.HALF_UP);
		}
		return null;
	}

	/** The row's factors multiplied, or {@code null} when one is missing. */
	private static BigDecimal product(Map<?, ?> row, String[] factors) {
		BigDecimal product = BigDecimal.ONE;
		for (String factor : factors) {
			if (!(row.get(factor) instanceof BigDecimal value)) {
				return null;
			}
			product = product.multiply(value);
		}
		return product;
	}
}
