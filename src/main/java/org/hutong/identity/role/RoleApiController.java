package org.hutong.identity.role;

import java.util.List;
import java.util.Set;

import org.hutong.identity.DataScope;
import org.hutong.web.RecordNotFound;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Read-only open API of the enterprise's roles. */
@RestController
@Transactional(readOnly = true)
class RoleApiController {

	private final RoleRepository roles;

	RoleApiController(RoleRepository roles) {
		this.roles = roles;
	}

	record RoleJson(long id, String name, String description, boolean administrator, DataScope dataScope,
			Set<String> permissions) {

		static RoleJson of(Role role) {
			return new RoleJson(role.getId(), role.getName(), role.getDescription(), role.isAdministrator(),
					role.getDataScope(), role.getPermissions());
		}
	}

	@GetMapping("/api/v1/roles")
	List<RoleJson> list() {
		return roles.findAllByOrderByIdAsc().stream().map(RoleJson::of).toList();
	}

	@GetMapping("/api/v1/roles/{id}")
	RoleJson show(@PathVariable long id) {
		return roles.findById(id).map(RoleJson::of).orElseThrow(RecordNotFound::new);
	}
}
