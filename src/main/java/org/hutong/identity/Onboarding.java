package org.hutong.identity;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.hutong.identity.role.Role;
import org.hutong.identity.role.RoleRepository;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.tenancy.TenantContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sets a new enterprise up with its administrator role, first administrator and every module's {@link TenantDefaults}. */
@Service
public class Onboarding {

	/** Name of the built-in role every enterprise starts with. */
	public static final String ADMIN_ROLE = "系统管理员";

	private final RoleRepository roles;

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final List<TenantDefaults> defaults;

	Onboarding(RoleRepository roles, UserRepository users, PasswordEncoder encoder, Clock clock,
			List<TenantDefaults> defaults) {
		this.roles = roles;
		this.users = users;
		this.encoder = encoder;
		this.clock = clock;
		this.defaults = defaults;
	}

	/** Must run inside the new tenant ({@link TenantContext#callAs}); answers the admin's user id. */
	@Transactional
	public long setUp(String adminUsername, String adminDisplayName, String rawPassword) {
		TenantContext.require();
		Role admin = roles.save(Role.administrator(ADMIN_ROLE, "拥有全部权限，可管理组织、用户与角色"));
		User user = new User(adminUsername, encoder.encode(rawPassword), clock.instant());
		user.describe(adminDisplayName, null, null, null, null, null, clock.instant());
		user.assignRoles(Set.of(admin.getId()));
		long adminId = users.save(user).getId();
		defaults.forEach(TenantDefaults::seed);
		return adminId;
	}
}
