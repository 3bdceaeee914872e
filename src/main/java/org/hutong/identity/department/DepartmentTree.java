package org.hutong.identity.department;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The organisation tree of one enterprise, built from its (few hundred at most) departments. */
public final class DepartmentTree {

	private final Map<Long, Department> byId = new LinkedHashMap<>();

	private final Map<Long, List<Department>> children = new LinkedHashMap<>();

	public DepartmentTree(List<Department> departments) {
		departments.stream()
			.sorted(Comparator.comparingInt(Department::getSortOrder).thenComparing(Department::getId))
			.forEach(d -> {
				byId.put(d.getId(), d);
				children.computeIfAbsent(d.getParentId(), k -> new ArrayList<>()).add(d);
			});
	}

	/** A department with its depth, in tree order, for indented lists and pickers. */
	public record Node(Department department, int depth) {

		/** The deepest level the stylesheet indents ({@code tree-indent-1} … {@code tree-indent-4}). */
		static final int MAX_INDENT = 4;

		/** The name indented with ideographic spaces, for {@code <option>}s, which CSS cannot indent. */
		public String indentedName() {
			return "\u3000".repeat(depth) + department.getName();
		}

		/** The depth as far as the stylesheet has indent classes for it. */
		public int indent() {
			return Math.min(depth, MAX_INDENT);
		}
	}

	public List<Node> nodes() {
		List<Node> nodes = new ArrayList<>();
		roots().forEach(root -> walk(root, 0, nodes));
		return nodes;
	}

	/** The department and all below it. */
	public Set<Long> subtreeIds(Long departmentId) {
		Set<Long> ids = new LinkedHashSet<>();
		Department start = byId.get(departmentId);
		if (start != null) {
			List<Node> nodes = new ArrayList<>();
			walk(start, 0, nodes);
			nodes.forEach(n -> ids.add(n.department().getId()));
		}
		return ids;
	}

	/** The departments directly under {@code parentId} ({@code null} for the top level), in order. */
	public List<Department> childrenOf(Long parentId) {
		return List.copyOf(children.getOrDefault(parentId, List.of()));
	}

	public boolean contains(Long id) {
		return byId.containsKey(id);
	}

	public String nameOf(Long id) {
		Department department = byId.get(id);
		return department == null ? null : department.getName();
	}

	private List<Department> roots() {
		// a department whose parent is gone is shown as a root rather than lost
		return byId.values().stream().filter(d -> d.getParentId() == null || !byId.containsKey(d.getParentId())).toList();
	}

	private void walk(Department department, int depth, List<Node> into) {
		into.add(new Node(department, depth));
		children.getOrDefault(department.getId(), List.of()).forEach(child -> walk(child, depth + 1, into));
	}
}
