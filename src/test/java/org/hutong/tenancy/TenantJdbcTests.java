package org.hutong.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.hutong.HutongTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HutongTest
class TenantJdbcTests {

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	Tenants tenants;

	@Test
	void refusesSqlThatDoesNotFilterByTenant() {
		assertThatThrownBy(() -> jdbc.sql(1L, "select username from identity_user"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void readsOnlyTheGivenTenantsRows() {
		long demo = tenants.findByCode("demo").orElseThrow().getId();
		long demo2 = tenants.findByCode("demo2").orElseThrow().getId();
		String sql = "select username from identity_user where tenant_id = :tenantId order by username";
		List<String> demoUsers = jdbc.sql(demo, sql).query(String.class).list();
		List<String> demo2Users = jdbc.sql(demo2, sql).query(String.class).list();
		assertThat(demoUsers).contains("admin", "manager", "sales", "rd", "finance");
		assertThat(demo2Users).contains("admin").doesNotContain("manager", "sales", "rd", "finance");
	}

	@Test
	void usesTheTenantOfTheCurrentUnitOfWork() {
		long demo2 = tenants.findByCode("demo2").orElseThrow().getId();
		List<String> names = TenantContext.callAs(demo2,
				() -> jdbc.sql("select username from identity_user where tenant_id = :tenantId").query(String.class).list());
		assertThat(names).doesNotContain("manager");
	}
}
