package org.hutong.approvals.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Computes the fields a form derives instead of asking for: working days of a date range (请假
 * 时长), the total of a table's numeric column (报销 合计). What the caller sent for them is ignored.
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
			int scale = fields.stream()
				.filter(other -> other.key().equals(parts[0]))
				.findFirst()
				.flatMap(table -> table.column(parts[1]))
				.map(column -> column.type() == FieldType.MONEY || column.scale() == null ? 2 : column.scale())
				.orElse(2);
			return rows.stream()
				.map(row -> ((Map<?, ?>) row).get(parts[1]))
				.filter(BigDecimal.class::isInstance)
				.map(BigDecimal.class::cast)
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.setScale(scale);
		}
		return null;
	}
}
