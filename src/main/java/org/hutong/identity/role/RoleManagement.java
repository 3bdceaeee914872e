package org.hutong.identity.role;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hutong.identity.AccessChanges;
import org.hutong.identity.AuditAction;
import org.hutong.identity.AuditLog;
import org.hutong.identity.Changes;
import org.hutong.identity.PermissionSet;
import org.hutong.identity.Permissions;
import org.hutong.identity.user.UserRepository;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.RecordNotFound;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 角色: named sets of permissions with a data scope. Names are unique; only permissions of the
 * catalogue are granted; the built-in administrator role keeps its fixed permissions and scope
 * and, like a role users still hold, cannot be deleted.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('" + Permissions.ROLES_WRITE + "')")
class RoleManagement {

	private final RoleRepository roles;

	private final UserRepository users;

	private final Permissions permissions;

	private final AuditLog audit;

	private final AccessChanges access;

	RoleManagement(RoleRepository roles, UserRepository users, Permissions permissions, AuditLog audit,
			AccessChanges access) {
		this.access = access;
		this.roles = roles;
		this.users = users;
		this.permissions = permissions;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<RoleRow> rows() {
		int all = permissions.all().size();
		return roles.findAllByOrderByIdAsc().stream()
			.map(role -> new RoleRow(role.getId(), role.getName(), role.getDescription(), role.getDataScope(),
					role.isAdministrator(), role.isAdministrator() ? all : role.getPermissions().size(),
					users.countHoldersOfRole(role.getId())))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<PermissionSet> catalogue() {
		return permissions.catalogue();
	}

	/** A new role's form: nothing filled in but the permissions every employee needs. */
	public RoleForm blank() {
		return RoleForm.blank(permissions.forEveryone());
	}

	@Transactional(readOnly = true)
	public Role role(long id) {
		return roles.findById(id).orElseThrow(RecordNotFound::new);
	}

	/** Answers the new role's id, or {@code null} when {@code errors} says why not. */
	public Long create(RoleForm form, Errors errors) {
		check(null, false, form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Role role = roles.save(new Role(form.name(), form.description(), Set.copyOf(form.permissions()),
				form.dataScope()));
		audit.record(AuditAction.ROLE_CREATED, role.getName(),
				new Changes().value("dataScope", role.getDataScope())
					.value("permissions", List.copyOf(role.getPermissions()))
					.text());
		return role.getId();
	}

	/** The administrator role keeps its permissions and scope whatever the form says. */
	public void update(long id, RoleForm form, Errors errors) {
		Role role = role(id);
		if (!Objects.equals(form.version(), role.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(Role.class, id);
		}
		check(id, role.isAdministrator(), form, errors);
		if (errors.hasErrors()) {
			return;
		}
		Set<String> granted = role.isAdministrator() ? role.getPermissions() : Set.copyOf(form.permissions());
		Changes changes = new Changes().field("name", role.getName(), form.name())
			.field("description", role.getDescription(), form.description())
			.field("dataScope", role.getDataScope(), role.isAdministrator() ? role.getDataScope() : form.dataScope())
			.set("permissions", role.getPermissions(), granted);
		role.update(form.name(), form.description(), granted, form.dataScope());
		// its holders' API principals carry the old permissions and scope
		access.enterpriseChanged(TenantContext.require());
		if (!changes.isEmpty()) {
			audit.record(AuditAction.ROLE_UPDATED, role.getName(), changes.text());
		}
	}

	public void delete(long id) {
		Role role = role(id);
		if (role.isAdministrator()) {
			throw new RoleNotDeletable("role.delete.builtIn");
		}
		if (users.countHoldersOfRole(id) > 0) {
			throw new RoleNotDeletable("role.delete.inUse");
		}
		roles.delete(role);
		audit.record(AuditAction.ROLE_DELETED, role.getName(), null);
	}

	private void check(Long id, boolean administrator, RoleForm form, Errors errors) {
		if (form.name() != null && roles.findByName(form.name()).filter(other -> !other.getId().equals(id)).isPresent()) {
			errors.rejectValue("name", "role.name.taken");
		}
		if (administrator) {
			return;
		}
		if (form.dataScope() == null && !errors.hasFieldErrors("dataScope")) {
			errors.rejectValue("dataScope", "admin.required");
		}
		Set<String> unknown = new LinkedHashSet<>(form.permissions());
		unknown.removeAll(permissions.all());
		if (!unknown.isEmpty()) {
			errors.rejectValue("permissions", "admin.choice.unknown");
		}
	}
}
