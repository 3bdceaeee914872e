package org.hutong.identity.user;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.identity.AccessChanges;
import org.hutong.identity.AuditAction;
import org.hutong.identity.AuditLog;
import org.hutong.identity.Changes;
import org.hutong.identity.Permissions;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.department.DepartmentTree;
import org.hutong.identity.role.Role;
import org.hutong.identity.signin.SignedInSessions;
import org.hutong.web.RecordNotFound;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 用户 administration: create, edit, disable, enable, reset passwords. Usernames are unique in the
 * enterprise; an administrator never disables themself, never hands out a role above their own, and
 * never manages a user whose roles are above their own. Every change is audited, passwords never.
 * Disabling a user or resetting their password signs them out everywhere, remembered devices too.
 */
@Service
@Transactional
class UserManagement {

	static final String MAY_WRITE = "hasAuthority('" + Permissions.USERS_WRITE + "')";

	private final UserRepository users;

	private final UserChoices choices;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final Clock clock;

	private final SignedInSessions sessions;

	private final AccessChanges access;

	UserManagement(UserRepository users, UserChoices choices, PasswordEncoder encoder, AuditLog audit, Clock clock,
			SignedInSessions sessions, AccessChanges access) {
		this.access = access;
		this.sessions = sessions;
		this.users = users;
		this.choices = choices;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	/** The form for editing a user the actor may manage. */
	@Transactional(readOnly = true)
	@PreAuthorize(MAY_WRITE)
	public UserForm formFor(SignedInUser actor, long id) {
		return UserForm.of(managed(actor, id));
	}

	/** Answers the new user's id, or {@code null} when {@code errors} says why not. */
	@PreAuthorize(MAY_WRITE)
	public Long create(SignedInUser actor, UserForm form, Errors errors) {
		if (form.username() != null && users.existsByUsername(form.username())) {
			errors.rejectValue("username", "user.username.taken");
		}
		List<Role> roles = check(actor, null, form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Instant now = clock.instant();
		User user = new User(form.username(), encoder.encode(form.password()), now);
		describe(user, form, roles, now);
		user.requirePasswordChange();
		users.save(user);
		audit.record(AuditAction.USER_CREATED, user.getUsername(),
				new Changes().value("displayName", form.displayName())
					.value("department", choices.departments().nameOf(form.departmentId()))
					.value("roles", names(roles))
					.text());
		return user.getId();
	}

	@PreAuthorize(MAY_WRITE)
	public void update(SignedInUser actor, long id, UserForm form, Errors errors) {
		User user = managed(actor, id);
		if (!Objects.equals(form.version(), user.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(User.class, id);
		}
		List<Role> roles = check(actor, user, form, errors);
		if (errors.hasErrors()) {
			return;
		}
		DepartmentTree tree = choices.departments();
		Changes changes = new Changes().field("displayName", user.getDisplayName(), form.displayName())
			.field("mobile", user.getMobile(), form.mobile())
			.field("email", user.getEmail(), form.email())
			.field("department", tree.nameOf(user.getDepartmentId()), tree.nameOf(form.departmentId()))
			.field("position", user.getPosition(), form.position())
			.field("language", user.getLanguage(), form.language())
			.set("roles", names(choices.roles(user.roleIds())), names(roles));
		if (!changes.isEmpty()) {
			describe(user, form, roles, clock.instant());
			access.userChanged(actor.tenantId(), user.getId());
			audit.record(AuditAction.USER_UPDATED, user.getUsername(), changes.text());
		}
	}

	@PreAuthorize(MAY_WRITE)
	public void disable(SignedInUser actor, long id) {
		if (actor.userId() == id) {
			throw new CannotDisableSelf();
		}
		User user = managed(actor, id);
		if (user.isActive()) {
			user.disable(clock.instant());
			access.userChanged(actor.tenantId(), user.getId());
			audit.record(AuditAction.USER_DISABLED, user.getUsername(), null);
		}
		signOutEverywhere(actor, user);
	}

	/** Enables a disabled user, and ends a lockout after wrong passwords. */
	@PreAuthorize(MAY_WRITE)
	public void enable(SignedInUser actor, long id) {
		User user = managed(actor, id);
		Instant now = clock.instant();
		if (!user.isActive() || user.isLocked(now)) {
			String detail = user.isLocked(now) ? "lockout cleared" : null;
			user.enable(now);
			access.userChanged(actor.tenantId(), user.getId());
			audit.record(AuditAction.USER_ENABLED, user.getUsername(), detail);
		}
	}

	/** Sets a new password (checked by {@link PasswordForm}) and clears any lockout. */
	@PreAuthorize(MAY_WRITE)
	public void resetPassword(SignedInUser actor, long id, PasswordForm form) {
		User user = managed(actor, id);
		user.changePassword(encoder.encode(form.password()), clock.instant());
		user.requirePasswordChange();
		access.userChanged(actor.tenantId(), user.getId());
		audit.record(AuditAction.PASSWORD_RESET, user.getUsername(), null);
		signOutEverywhere(actor, user);
	}

	/** Ends the user's sessions on every node and forgets their remembered devices. */
	private void signOutEverywhere(SignedInUser actor, User user) {
		sessions.endAll(actor.tenantId(), user.getId(), SignedInUser.qualifiedName(actor.tenantCode(), user.getUsername()),
				Optional.empty());
	}

	/** Checks the ids the form picked, and answers the roles it grants. */
	private List<Role> check(SignedInUser actor, User user, UserForm form, Errors errors) {
		if (!choices.hasDepartment(form.departmentId())) {
			errors.rejectValue("departmentId", "admin.choice.unknown");
		}
		List<Role> roles = choices.roles(form.roleIds());
		if (roles.size() != form.roleIds().size()) {
			errors.rejectValue("roleIds", "admin.choice.unknown");
		}
		else if (!roles.stream().allMatch(role -> choices.grantable(actor, role))) {
			errors.rejectValue("roleIds", "user.roles.beyondOwn");
		}
		else if (user != null && user.getId() == actor.userId() && dropsOwnAdministrator(user, roles)) {
			errors.rejectValue("roleIds", "user.roles.keepOwnAdministrator");
		}
		return roles;
	}

	/** An administrator keeps their own administrator role, so the enterprise always has one. */
	private boolean dropsOwnAdministrator(User self, List<Role> roles) {
		boolean held = choices.roles(self.roleIds()).stream().anyMatch(Role::isAdministrator);
		return held && roles.stream().noneMatch(Role::isAdministrator);
	}

	private void describe(User user, UserForm form, List<Role> roles, Instant now) {
		user.describe(form.displayName(), form.mobile(), form.email(), form.departmentId(), form.position(),
				form.language(), now);
		user.assignRoles(roles.stream().map(Role::getId).collect(Collectors.toCollection(LinkedHashSet::new)));
	}

	/** A user the actor may manage: none of their roles is above the actor's own. */
	private User managed(SignedInUser actor, long id) {
		User user = load(id);
		if (!choices.roles(user.roleIds()).stream().allMatch(role -> choices.grantable(actor, role))) {
			throw new AccessDeniedException("user outranks the actor");
		}
		return user;
	}

	private User load(long id) {
		return users.findById(id).orElseThrow(RecordNotFound::new);
	}

	private static Set<String> names(List<Role> roles) {
		return roles.stream().map(Role::getName).collect(Collectors.toCollection(LinkedHashSet::new));
	}
}
