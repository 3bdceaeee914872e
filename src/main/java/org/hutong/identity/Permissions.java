package org.hutong.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions identity itself checks, and the catalogue of all modules' permissions. */
@Configuration(proxyBeanMethods = false)
public class Permissions {

	public static final String USERS_READ = "identity.users.read";

	public static final String USERS_WRITE = "identity.users.write";

	public static final String DEPARTMENTS_WRITE = "identity.departments.write";

	public static final String ROLES_WRITE = "identity.roles.write";

	public static final String AUDIT_READ = "identity.audit.read";

	private final List<PermissionSet> sets;

	Permissions(List<PermissionSet> sets) {
		this.sets = sets;
	}

	@Bean
	static PermissionSet identityPermissions() {
		return new PermissionSet("identity", List.of(USERS_READ, USERS_WRITE, DEPARTMENTS_WRITE, ROLES_WRITE, AUDIT_READ));
	}

	/** Every permission, grouped by module in a stable order, for the role editor. */
	public List<PermissionSet> catalogue() {
		return sets;
	}

	/** What a new role starts with: the permissions every module gives everyone. */
	public List<String> forEveryone() {
		return sets.stream().flatMap(set -> set.everyone().stream()).toList();
	}

	public Set<String> all() {
		Set<String> all = new LinkedHashSet<>();
		sets.forEach(set -> all.addAll(set.codes()));
		return all;
	}
}
