package org.hutong.identity.signin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hutong.identity.DataScope;
import org.hutong.identity.Permissions;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.role.Role;
import org.hutong.identity.role.RoleRepository;
import org.hutong.identity.user.User;
import org.hutong.tenancy.Tenant;
import org.springframework.stereotype.Component;

/** Builds the principal of a user from their roles: the union of permissions, the widest scope. */
@Component
public class SignedInUsers {

	private final RoleRepository roles;

	private final Permissions permissions;

	SignedInUsers(RoleRepository roles, Permissions permissions) {
		this.roles = roles;
		this.permissions = permissions;
	}

	public SignedInUser of(Tenant tenant, User user) {
		List<Role> held = user.roleIds().isEmpty() ? List.of() : roles.findByIdIn(user.roleIds());
		Set<String> granted = new LinkedHashSet<>();
		DataScope scope = DataScope.SELF;
		for (Role role : held) {
			granted.addAll(role.isAdministrator() ? permissions.all() : role.getPermissions());
			scope = scope.widest(role.getDataScope());
		}
		List<SignedInUser.RoleRef> refs = held.stream()
			.map(role -> new SignedInUser.RoleRef(role.getId(), role.getName()))
			.toList();
		return new SignedInUser(user.getId(), tenant.getId(), tenant.getCode(), tenant.getName(), user.getUsername(),
				user.getDisplayName(), user.getDepartmentId(), scope, granted, user.getLanguage(), refs,
				user.getPasswordHash());
	}
}
