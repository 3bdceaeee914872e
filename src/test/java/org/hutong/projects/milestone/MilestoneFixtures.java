package org.hutong.projects.milestone;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.hutong.TestUsers;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Projects, tasks and their completion made through the API as demo users: a project of 结构设计室
 * managed by admin, with rd as a member and sales as observer.
 */
record MilestoneFixtures(MockMvc mvc, UserDetailsService userDetails, ApiTokens tokens, JdbcClient jdbc) {

	String token(String tenant, String username) {
		SignedInUser user = new TestUsers(userDetails).load(tenant, username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "milestone-test", 1).secret());
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

	/** A new project of admin's with rd as member and sales as observer; answers its id. */
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
		member(location, "rd", "MEMBER");
		member(location, "sales", "OBSERVER");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void member(String project, String username, String role) throws Exception {
		mvc.perform(post(project + "/members").header("Authorization", token("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\": %d, \"role\": \"%s\"}".formatted(user(username), role))).andExpect(status().isOk());
	}

	/** A task made by rd; answers its id. */
	long task(long project, String title) throws Exception {
		String json = mvc.perform(post("/api/v1/projects/{id}/tasks", project).header("Authorization", token("rd"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"%s\"}".formatted(title)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	/** Moves the task into the board's 已完成 column (its fourth). */
	void complete(long project, long task) throws Exception {
		String columns = mvc.perform(get("/api/v1/projects/{id}/task-columns", project).header("Authorization", token("admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<Number> ids = JsonPath.read(columns, "$[*].id");
		long version = jdbc.sql("SELECT version FROM projects_task WHERE id = :id").param("id", task).query(Long.class).single();
		mvc.perform(post("/api/v1/tasks/{id}/move", task).header("Authorization", token("rd"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"columnId\": %d, \"position\": 0, \"version\": %d}".formatted(ids.get(3).longValue(), version)))
			.andExpect(status().isOk());
	}

	/** One of the project's deliverables, counted as submitted (a version, written straight). */
	long submittedDeliverable(long project) {
		long id = jdbc.sql("SELECT MIN(id) FROM projects_deliverable WHERE project_id = :p").param("p", project)
			.query(Long.class).single();
		jdbc.sql("UPDATE projects_deliverable SET versions = 1 WHERE id = :id").param("id", id).update();
		return id;
	}

	String statusOf(long milestone) {
		return jdbc.sql("SELECT status FROM projects_milestone WHERE id = :id").param("id", milestone).query(String.class)
			.single();
	}

	long milestone(long project, String name) {
		return jdbc.sql("SELECT id FROM projects_milestone WHERE project_id = :p AND name = :n").param("p", project)
			.param("n", name).query(Long.class).single();
	}
}
