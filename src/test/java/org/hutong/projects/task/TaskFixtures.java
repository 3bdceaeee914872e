package org.hutong.projects.task;

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

/**
 * Projects and tasks made through the API as demo users: a project of 结构设计室 (outside rd's data
 * scope, so rd sees it only as a member; sales2 does not see it at all) managed by admin, with rd as a
 * member and sales as observer; its board's columns; tasks on it.
 */
public record TaskFixtures(MockMvc mvc, UserDetailsService userDetails, ApiTokens tokens, JdbcClient jdbc) {

	public String token(String username) {
		return token("demo", username);
	}

	String token(String tenant, String username) {
		SignedInUser user = new TestUsers(userDetails).load(tenant, username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "task-test", 1).secret());
	}

	public long user(String username) {
		return new TestUsers(userDetails).load("demo", username).userId();
	}

	/** A new project of admin's with rd as member and sales as observer; answers its id. */
	public long project(String name) throws Exception {
		String admin = token("admin");
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
		String location = mvc.perform(post("/api/v1/projects").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		member(location, "rd", "MEMBER");
		member(location, "sales", "OBSERVER");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	String name(String username) {
		return jdbc.sql("SELECT u.display_name FROM identity_user u JOIN tenancy_tenant t ON t.id = u.tenant_id "
				+ "WHERE t.code = 'demo' AND u.username = :username").param("username", username).query(String.class).single();
	}

	public void member(String project, String username, String role) throws Exception {
		mvc.perform(post(project + "/members").header("Authorization", token("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\": %d, \"role\": \"%s\"}".formatted(user(username), role))).andExpect(status().isOk());
	}

	/** The board's column ids in order (未开始 · 进行中 · 待验证 · 已完成 · 已取消 on a new board). */
	List<Long> columns(long project) throws Exception {
		String json = mvc.perform(get("/api/v1/projects/{id}/task-columns", project).header("Authorization", token("admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<Number> ids = JsonPath.read(json, "$[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	/** A task made by rd with the body's fields added to the title; answers its id. */
	public long task(long project, String title, String more) throws Exception {
		String json = mvc.perform(post("/api/v1/projects/{id}/tasks", project).header("Authorization", token("rd"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"%s\"%s}".formatted(title, more.isEmpty() ? "" : ", " + more)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}
}
