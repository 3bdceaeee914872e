package org.hutong.approvals.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking a form's raw values: the clean typed values by field key (blank and
 * refused fields absent; computed fields filled in) and the problems by path. Typed values are
 * String, BigDecimal, LocalDate, {@link DateRange}, List&lt;String&gt; (multi-select), Long (person,
 * department), List&lt;{@link Attachment}&gt; and, for a table, a list of rows of these.
 */
public record FormCheck(Map<String, Object> values, Map<String, FormProblem> problems) {

	public FormCheck {
		values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
		problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
	}

	public boolean isValid() {
		return problems.isEmpty();
	}

	/**
	 * The values as a request stores them in JSON: decimals as plain strings (exact to the fen), dates
	 * in ISO form, ranges and attachments as small maps. Checking these again gives the same values.
	 */
	public Map<String, Object> storable() {
		return storable(values);
	}

	private static Map<String, Object> storable(Map<String, Object> values) {
		Map<String, Object> stored = new LinkedHashMap<>();
		values.forEach((key, value) -> stored.put(key, storable(value)));
		return stored;
	}

	@SuppressWarnings("unchecked")
	private static Object storable(Object value) {
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof DateRange range) {
			return range.storable();
		}
		if (value instanceof Attachment file) {
			return Map.of("id", file.id(), "name", file.name());
		}
		if (value instanceof List<?> list) {
			return list.stream()
				.map(item -> item instanceof Map<?, ?> row ? storable((Map<String, Object>) row) : storable(item))
				.toList();
		}
		return value;
	}
}
