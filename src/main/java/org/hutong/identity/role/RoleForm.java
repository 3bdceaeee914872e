package org.hutong.identity.role;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hutong.identity.DataScope;
import org.hutong.shared.Texts;

/**
 * What the role form submits. The permission codes are checked against the catalogue by
 * {@link RoleManagement}; the data scope is required except for the administrator role, whose
 * permissions and scope are fixed and not submitted.
 */
record RoleForm(
		@NotBlank(message = "{admin.required}")
		@Size(max = 50, message = "{admin.tooLong}") String name,
		@Size(max = 200, message = "{admin.tooLong}") String description,
		DataScope dataScope,
		List<String> permissions,
		Long version) {

	RoleForm {
		name = Texts.clean(name);
		description = Texts.clean(description);
		permissions = permissions == null ? List.of()
				: permissions.stream().map(Texts::clean).filter(Objects::nonNull).distinct().toList();
	}

	static RoleForm blank(List<String> permissions) {
		return new RoleForm(null, null, DataScope.SELF, permissions, null);
	}

	static RoleForm of(Role role) {
		return new RoleForm(role.getName(), role.getDescription(), role.getDataScope(),
				List.copyOf(role.getPermissions()), role.getVersion());
	}
}
