package org.hutong.approvals.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page parameters in the shape JSON gives them: {@code amount=12}, {@code period.start=…},
 * {@code lines[2].price=…}, a repeated name as a list. Other parameters (the CSRF token, say) and
 * row numbers beyond what a table may hold are left out.
 */
public final class FormInput {

	private static final Pattern NAME = Pattern
		.compile("([a-z][a-zA-Z0-9_]{0,39})(?:\\[(\\d{1,3})])?(?:\\.([a-zA-Z][a-zA-Z0-9_]{0,39}))?");

	private FormInput() {
	}

	public static Map<String, Object> fromParameters(Map<String, String[]> parameters) {
		Map<String, Object> raw = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			Matcher matcher = NAME.matcher(name);
			if (values != null && values.length > 0 && matcher.matches()) {
				put(raw, matcher, values.length == 1 ? values[0] : List.of(values));
			}
		});
		return raw;
	}

	@SuppressWarnings("unchecked")
	private static void put(Map<String, Object> raw, Matcher name, Object value) {
		String key = name.group(1);
		String row = name.group(2);
		String part = name.group(3);
		if (row == null && part == null) {
			raw.putIfAbsent(key, value);
		}
		else if (row == null && raw.computeIfAbsent(key, k -> new LinkedHashMap<>()) instanceof Map<?, ?> map) {
			((Map<String, Object>) map).put(part, value);
		}
		else if (row != null && part != null && Integer.parseInt(row) < FieldLimits.ROWS_MAX
				&& raw.computeIfAbsent(key, k -> new ArrayList<>()) instanceof List<?> list) {
			List<Object> rows = (List<Object>) list;
			int index = Integer.parseInt(row);
			while (rows.size() <= index) {
				rows.add(new LinkedHashMap<String, Object>());
			}
			((Map<String, Object>) rows.get(index)).put(part, value);
		}
	}
}
