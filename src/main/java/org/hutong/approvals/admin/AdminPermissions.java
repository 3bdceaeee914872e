package org.hutong.approvals.admin;

import java.util.List;

import org.hutong.identity.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 审批设置's permission. The built-in 系统管理员 role holds every permission, so demo and new
 * enterprises' administrators have it without seeding.
 */
@Configuration(proxyBeanMethods = false)
class AdminPermissions {

	static final String ADMIN = "approvals.admin";

	static final String MAY_ADMINISTER = "hasAuthority('" + ADMIN + "')";

	@Bean
	static PermissionSet approvalsAdminPermissionSet() {
		return new PermissionSet("approvals", List.of(ADMIN));
	}
}
