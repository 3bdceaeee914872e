package org.hutong.identity;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.hutong.identity.role.Role;
import org.hutong.identity.role.RoleRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles as other modules may touch them: a module's demo data grants its own permissions to the
 * demo roles. Administrators manage roles on their pages; this never removes a permission.
 */
@Service
@Transactional
public class Roles {

	private final RoleRepository roles;

	Roles(RoleRepository roles) {
		this.roles = roles;
	}

	/** The enterprise's roles by name, for settings that differ by role (such as a discount limit). */
	@Transactional(readOnly = true)
	public List<SignedInUser.RoleRef> all() {
		return roles.findAll().stream()
			.map(role -> new SignedInUser.RoleRef(role.getId(), role.getName()))
			.sorted(java.util.Comparator.comparing(SignedInUser.RoleRef::name))
			.toList();
	}

	/**
	 * Adds permissions to the role of that name in the current enterprise; answers whether the role
	 * exists. The role keeps its name, description and data scope.
	 */
	public boolean grant(String roleName, Set<String> permissions) {
		return roles.findByName(roleName).map(role -> {
			Set<String> held = new TreeSet<>(role.getPermissions());
			held.addAll(permissions);
			role.update(role.getName(), role.getDescription(), held, role.getDataScope());
			return true;
		}).orElse(false);
	}
}
