package org.hutong.identity.department;

/** One line of the organisation tree page. */
public record DepartmentRow(long id, String name, int depth, int indent, String leaderName, long members) {

	static DepartmentRow of(DepartmentTree.Node node, String leaderName, long members) {
		Department department = node.department();
		return new DepartmentRow(department.getId(), department.getName(), node.depth(), node.indent(), leaderName,
				members);
	}
}
