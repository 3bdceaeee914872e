package org.hutong.projects.project;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hutong.TestUsers;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Projects made through the API as a demo user, and the ids of demo people and departments. */
public record ProjectFixtures(MockMvc mvc, UserDetailsService userDetails, ApiTokens tokens, JdbcClient jdbc) {

	public String token(String username) {
		return token("demo", username);
	}

	public String token(String tenant, String username) {
		SignedInUser user = new TestUsers(userDetails).load(tenant, username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "project-test", 1).secret());
	}

	public long user(String username) {
		return new TestUsers(userDetails).load("demo", username).userId();
	}

	public long department(String name) {
		return jdbc.sql("SELECT d.id FROM identity_department d JOIN tenancy_tenant t ON t.id = d.tenant_id "
				+ "WHERE t.code = 'demo' AND d.name = :name").param("name", name).query(Long.class).single();
	}

	public long type(String code) {
		return jdbc.sql("SELECT p.id FROM projects_type p JOIN tenancy_tenant t ON t.id = p.tenant_id "
				+ "WHERE t.code = 'demo' AND p.code = :code").param("code", code).query(Long.class).single();
	}

	/** A 新产品开发 project of the department, managed by the user, from today for 100 days; answers its URL. */
	public String create(String username, String department, String name) throws Exception {
		LocalDate start = LocalDate.now();
		String body = """
				{"name": "%s", "typeId": %d, "managerId": %d, "departmentId": %d, "priority": "HIGH",
				 "plannedStart": "%s", "plannedEnd": "%s"}
				""".formatted(name, type("NEW_PRODUCT"), user(username), department(department), start, start.plusDays(99));
		return mvc.perform(post("/api/v1/projects").header("Authorization", token(username))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
	}
}
