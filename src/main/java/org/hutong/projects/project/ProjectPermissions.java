package org.hutong.projects.project;

import java.util.List;

import org.hutong.identity.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The permissions of 研发项目 offered to roles. Which projects a holder sees is its membership, the
 * shares, and the role's data scope over the projects' departments.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectPermissions {

	/** See the projects one is a member of, is shared with, or whose department one's data scope covers. */
	public static final String READ = "projects.read";

	/** Set up a project (and so become its manager, or name another). */
	public static final String CREATE = "projects.create";

	/** Change any project one sees by data scope: details, status, members, shares. */
	public static final String MANAGE = "projects.manage";

	/** The enterprise's project types and code rule; the lifecycle templates. */
	public static final String SETTINGS = "projects.settings";

	/** See and set people's 人工成本费率; hidden from everyone else. Administrators only by default. */
	public static final String COST_RATES = "projects.cost-rates";

	public static final String MAY_READ = "hasAuthority('" + READ + "')";

	public static final String MAY_CREATE = "hasAuthority('" + CREATE + "')";

	public static final String MAY_SETTLE = "hasAuthority('" + SETTINGS + "')";

	public static final String MAY_KEEP_COST_RATES = "hasAuthority('" + COST_RATES + "')";

	@Bean
	static PermissionSet projectPermissionSet() {
		return new PermissionSet("projects", List.of(READ, CREATE, MANAGE, SETTINGS, COST_RATES));
	}
}
