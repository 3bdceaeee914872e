package org.hutong.projects.gantt;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import org.hutong.TestUsers;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Projects of 结构设计室 made through the API as demo users — managed by admin, with manager (李明) as
 * 技术负责人, rd as member and sales as observer — and dated tasks in their phases.
 */
record GanttFixtures(MockMvc mvc, UserDetailsService userDetails, ApiTokens tokens, JdbcClient jdbc, Tenants tenants,
		org.springframework.transaction.support.TransactionTemplate transactions) {

	String token(String tenant, String username) {
		SignedInUser user = new TestUsers(userDetails).load(tenant, username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "gantt-test", 1).secret());
	}

	String token(String username) {
		return token("demo", username);
	}

	RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}

	long user(String username) {
		return new TestUsers(userDetails).load("demo", username).userId();
	}

	/** A new project of admin's running 100 days from today; answers its id. */
	long project(String name) throws Exception {
		long type = jdbc.sql("SELECT p.id FROM projects_type p JOIN tenancy_tenant t ON t.id = p.tenant_id "
				+ "WHERE t.code = 'demo' AND p.code = 'NEW_PRODUCT'").query(Long.class).single();
		long department = jdbc.sql("SELECT d.id FROM identity_department d JOIN tenancy_tenant t ON t.id = d.tenant_id "
				+ "WHERE t.code = 'demo' AND d.name = '结构设计室'").query(Long.class).single();
		LocalDate start = LocalDate.now();
		String body = """
				{"name": "%s %d", "typeId": %d, "managerId": %d, "departmentId": %d, "priority": "HIGH",
				 "plannedStart": "%s", "plannedEnd": "%s"}
				""".formatted(name, ThreadLocalRandom.current().nextInt(1_000_000), type, user("admin"), department, start,
				start.plusDays(99));
		String location = mvc.perform(post("/api/v1/projects").header("Authorization", token("admin"))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		member(location, "manager", "TECH_LEAD");
		member(location, "rd", "MEMBER");
		member(location, "sales", "OBSERVER");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void member(String project, String username, String role) throws Exception {
		mvc.perform(post(project + "/members").header("Authorization", token("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\": %d, \"role\": \"%s\"}".formatted(user(username), role))).andExpect(status().isOk());
	}

	/** The project's phases by position: id, planned start, planned end. */
	List<Object[]> phases(long project) {
		return jdbc.sql("SELECT id, planned_start, planned_end FROM projects_phase WHERE project_id = :p ORDER BY position")
			.param("p", project)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class) })
			.list();
	}

	/** A task in the phase from its start plus {@code offset} days, lasting {@code days}; answers its id. */
	long task(long project, String title, Object[] phase, int offset, int days) throws Exception {
		LocalDate start = ((LocalDate) phase[1]).plusDays(offset);
		String json = mvc.perform(post("/api/v1/projects/{id}/tasks", project).header("Authorization", token("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"%s\", \"phaseId\": %d, \"startDate\": \"%s\", \"dueDate\": \"%s\"}".formatted(title,
					(Long) phase[0], start, start.plusDays(days - 1))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	long version(long task) {
		return jdbc.sql("SELECT version FROM projects_task WHERE id = :id").param("id", task).query(Long.class).single();
	}

	/** Runs the work in demo signed in as the user, in one transaction. */
	<T> T as(String username, Supplier<T> work) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return new DemoTenants(tenants, transactions).call("demo", () -> {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			try {
				return work.get();
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		});
	}

	SignedInUser signedIn(String username) {
		return new TestUsers(userDetails).load("demo", username);
	}
}
