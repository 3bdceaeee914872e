package org.hutong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.hutong.HutongTest;
import org.hutong.identity.role.Role;
import org.hutong.identity.role.RoleRepository;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Modules grant their permissions to roles through {@link Roles}, adding and never removing. */
@HutongTest
class RolesTests {

	@Autowired
	Roles roles;

	@Autowired
	RoleRepository repository;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void grantAddsPermissionsAndKeepsTheRest() {
		DemoTenants demo = new DemoTenants(tenants, transactions);
		String name = "授权测试" + System.nanoTime() % 100000;
		demo.call("demo", () -> repository.save(new Role(name, "说明", Set.of(Permissions.USERS_READ), DataScope.SELF)));
		assertThat(demo.call("demo", () -> roles.grant(name, Set.of("customers.read")))).isTrue();
		Role role = demo.call("demo", () -> repository.findByName(name).orElseThrow());
		assertThat(role.getPermissions()).containsExactlyInAnyOrder(Permissions.USERS_READ, "customers.read");
		assertThat(role.getDescription()).isEqualTo("说明");
		assertThat(role.getDataScope()).isEqualTo(DataScope.SELF);
	}

	@Test
	void grantToAnUnknownRoleOrAnotherEnterprisesRoleChangesNothing() {
		DemoTenants demo = new DemoTenants(tenants, transactions);
		assertThat(demo.call("demo", () -> roles.grant("没有这个角色", Set.of("customers.read")))).isFalse();
		assertThat(demo.call("demo2", () -> roles.grant("销售代表", Set.of("customers.read")))).isFalse();
	}
}
