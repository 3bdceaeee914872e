package org.hutong.approvals.request;

import java.util.ArrayList;
import java.util.List;

/** Node ids kept as one comma-separated column, in the order they were added (ids never hold commas: validated). */
final class NodeIds {

	private NodeIds() {
	}

	static List<String> list(String ids) {
		return ids == null || ids.isEmpty() ? List.of() : List.of(ids.split(","));
	}

	static String with(String ids, String id) {
		List<String> list = new ArrayList<>(list(ids));
		if (!list.contains(id)) {
			list.add(id);
		}
		return String.join(",", list);
	}

	static String without(String ids, String id) {
		List<String> list = new ArrayList<>(list(ids));
		list.remove(id);
		return String.join(",", list);
	}

	/** The ids added before this one. */
	static String before(String ids, String id) {
		List<String> list = list(ids);
		int at = list.indexOf(id);
		return at < 0 ? ids : String.join(",", list.subList(0, at));
	}
}
