package org.hutong.approvals.file;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The attachments inside a request's stored values, at the top level or in a table's rows: each is
 * a map {@code {id, name}} whose id is the file's. Reads their ids and writes their names.
 */
public final class AttachedIds {

	private AttachedIds() {
	}

	/** The ids of the files the values name, in order, each once. */
	public static List<Long> in(Map<String, ?> values) {
		List<Long> ids = new ArrayList<>();
		collect(values, ids);
		return ids.stream().distinct().toList();
	}

	/** The values with each attachment's name replaced by {@code names}'s. */
	static Map<String, Object> named(Map<String, Object> values, LongFunction<String> names) {
		Map<String, Object> renamed = new LinkedHashMap<>();
		values.forEach((key, value) -> renamed.put(key, rename(value, names)));
		return renamed;
	}

	private static void collect(Object value, List<Long> ids) {
		if (value instanceof Map<?, ?> map) {
			Long id = idOf(map);
			if (id != null) {
				ids.add(id);
				return;
			}
			map.values().forEach(inner -> collect(inner, ids));
		}
		else if (value instanceof List<?> list) {
			list.forEach(inner -> collect(inner, ids));
		}
	}

	@SuppressWarnings("unchecked")
	private static Object rename(Object value, LongFunction<String> names) {
		if (value instanceof Map<?, ?> map) {
			Long id = idOf(map);
			if (id != null) {
				return Map.of("id", map.get("id"), "name", names.apply(id));
			}
			return named((Map<String, Object>) map, names);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(inner -> rename(inner, names)).toList();
		}
		return value;
	}

	/** The id of an attachment map ({@code id} and {@code name}, nothing else), or {@code null}. */
	private static Long idOf(Map<?, ?> map) {
		return map.size() == 2 && map.containsKey("name") && map.get("id") instanceof String id && id.matches("\\d{1,18}")
				? Long.valueOf(id) : null;
	}
}
