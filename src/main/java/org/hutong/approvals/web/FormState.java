package org.hutong.approvals.web;

import java.util.List;
import java.util.Map;

import org.hutong.approvals.form.FormProblem;

/**
 * A request form as sent, for drawing it again: the raw values in the shape {@link
 * org.hutong.approvals.form.FormInput} gives them, and the problems by path, so a refused form
 * comes back with everything the person typed and each message next to its field.
 */
public record FormState(Map<String, Object> raw, Map<String, FormProblem> problems) {

	public static FormState empty() {
		return new FormState(Map.of(), Map.of());
	}

	public String text(String key) {
		return first(raw.get(key));
	}

	public String part(String key, String part) {
		return raw.get(key) instanceof Map<?, ?> map ? first(map.get(part)) : null;
	}

	public String cell(String key, int row, String column) {
		return raw.get(key) instanceof List<?> rows && row < rows.size() && rows.get(row) instanceof Map<?, ?> cells
				? first(cells.get(column)) : null;
	}

	/** A table cell's value as sent or stored (a list for a multi-valued cell), or {@code null}. */
	public Object cellRaw(String key, int row, String column) {
		return raw.get(key) instanceof List<?> rows && row < rows.size() && rows.get(row) instanceof Map<?, ?> cells
				? cells.get(column) : null;
	}

	/** A value as a list of its items: a list as it is, one value as a list of one, nothing as empty. */
	public static List<?> items(Object value) {
		return value == null ? List.of() : value instanceof List<?> list ? list : List.of(value);
	}

	/** How many rows a line table shows: what was sent, at least one. */
	public int rows(String key) {
		return raw.get(key) instanceof List<?> rows ? Math.max(1, rows.size()) : 1;
	}

	public boolean chosen(String key, String code) {
		Object value = raw.get(key);
		return value instanceof List<?> list ? list.stream().anyMatch(item -> code.equals(String.valueOf(item)))
				: code.equals(first(value));
	}

	public FormProblem problem(String path) {
		return problems.get(path);
	}

	private static String first(Object value) {
		if (value instanceof List<?> list) {
			return list.isEmpty() ? null : first(list.get(0));
		}
		return value == null ? null : String.valueOf(value);
	}
}
