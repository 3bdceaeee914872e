package org.hutong.identity;

import java.util.LinkedHashSet;
import java.util.Set;

import org.hutong.identity.department.DepartmentRepository;
import org.hutong.identity.department.DepartmentTree;
import org.hutong.identity.user.UserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns a user's data scope (本人 · 本部门 · 本部门及下级 · 全部) into the owners, or the departments, they may see. */
@Service
@Transactional(readOnly = true)
public class DataScopes {

	private final DepartmentRepository departments;

	private final UserRepository users;

	DataScopes(DepartmentRepository departments, UserRepository users) {
		this.departments = departments;
		this.users = users;
	}

	public VisibleOwners of(SignedInUser user) {
		return switch (user.dataScope()) {
			case ALL -> VisibleOwners.everyone(user.userId());
			case SELF -> new VisibleOwners(user.userId(), Set.of(user.userId()));
			case DEPARTMENT -> membersOf(user, user.departmentId() == null ? Set.of() : Set.of(user.departmentId()));
			case DEPARTMENT_TREE -> membersOf(user, new DepartmentTree(departments.findAll()).subtreeIds(user.departmentId()));
		};
	}

	/** The departments the user's data scope covers (none for 本人). */
	public VisibleDepartments departments(SignedInUser user) {
		return switch (user.dataScope()) {
			case ALL -> VisibleDepartments.ALL;
			case SELF -> new VisibleDepartments(Set.of());
			case DEPARTMENT -> new VisibleDepartments(user.departmentId() == null ? Set.of() : Set.of(user.departmentId()));
			case DEPARTMENT_TREE -> new VisibleDepartments(user.departmentId() == null ? Set.of()
					: new DepartmentTree(departments.findAll()).subtreeIds(user.departmentId()));
		};
	}

	private VisibleOwners membersOf(SignedInUser user, Set<Long> departmentIds) {
		Set<Long> owners = new LinkedHashSet<>();
		owners.add(user.userId());
		if (!departmentIds.isEmpty()) {
			owners.addAll(users.findIdsByDepartmentIdIn(departmentIds));
		}
		return new VisibleOwners(user.userId(), Set.copyOf(owners));
	}
}
