package org.hutong.identity.user;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.hutong.identity.Permissions;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.department.DepartmentRepository;
import org.hutong.identity.department.DepartmentTree;
import org.hutong.identity.role.Role;
import org.hutong.identity.role.RoleRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the user form offers, departments and roles of the current enterprise, and which of them
 * an administrator may hand out. Ids a form submits are looked up here, so one of another
 * enterprise is simply not found.
 */
@Component
@Transactional(readOnly = true)
class UserChoices {

	private final DepartmentRepository departments;

	private final RoleRepository roles;

	private final Permissions permissions;

	UserChoices(DepartmentRepository departments, RoleRepository roles, Permissions permissions) {
		this.departments = departments;
		this.roles = roles;
		this.permissions = permissions;
	}

	public DepartmentTree departments() {
		return new DepartmentTree(departments.findAll());
	}

	public List<Role> roles() {
		return roles.findAllByOrderByIdAsc();
	}

	/** The roles of this enterprise among {@code ids}; fewer than asked for means some are not ours. */
	public List<Role> roles(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : roles.findByIdIn(ids);
	}

	public boolean hasDepartment(Long id) {
		return id == null || departments.existsById(id);
	}

	/**
	 * Whether {@code actor} may grant the role: only when it gives no permission and no wider data
	 * scope than the actor has, so managing users never raises anyone above the one managing.
	 */
	public boolean grantable(SignedInUser actor, Role role) {
		Set<String> granted = role.isAdministrator() ? permissions.all() : role.getPermissions();
		return actor.permissions().containsAll(granted) && actor.dataScope().widest(role.getDataScope()) == actor.dataScope();
	}
}
