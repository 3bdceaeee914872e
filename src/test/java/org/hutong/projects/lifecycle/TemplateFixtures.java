package org.hutong.projects.lifecycle;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.hutong.projects.task.TaskFixtures;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Templates of the tests' own (never the seeded ones other tests rely on) made through the API as
 * demo's admin — 立项 (立项报告) → 设计 (图纸) → 验收 (验收报告) → 结项 (结项报告) — and projects on them.
 */
public record TemplateFixtures(MockMvc mvc, TaskFixtures tasks, JdbcClient jdbc) {

	/** A project phase as the database has it. */
	public record PhaseRow(long id, int position, String name, String status, LocalDate actualStart) {
	}

	public String admin() {
		return tasks.token("admin");
	}

	public long template(String name) throws Exception {
		String body = """
				{"name": "%s %d", "phases": [
				 {"name": "立项", "durationShare": 10, "deliverables": [{"name": "立项报告"}],
				  "criteria": [{"kind": "MUST", "label": "需求明确"}]},
				 {"name": "设计", "durationShare": 40, "deliverables": [{"name": "图纸"}],
				  "criteria": [{"kind": "SHOULD", "label": "可制造性", "weight": 3}]},
				 {"name": "验收", "durationShare": 40, "deliverables": [{"name": "验收报告"}]},
				 {"name": "结项", "durationShare": 10, "deliverables": [{"name": "结项报告"}]}]}
				""".formatted(name, ThreadLocalRandom.current().nextInt(1_000_000));
		String json = mvc.perform(post("/api/v1/lifecycle-templates").header("Authorization", admin())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	/** The template's JSON as the API answers it. */
	public String json(long template) throws Exception {
		return mvc.perform(get("/api/v1/lifecycle-templates/{id}", template).header("Authorization", admin()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	public List<Long> phaseIds(long template) throws Exception {
		List<Number> ids = JsonPath.read(json(template), "$.phases[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	public long version(long template) throws Exception {
		return ((Number) JsonPath.read(json(template), "$.version")).longValue();
	}

	/** A new project of admin's on the template; answers its id. */
	public long project(String name, long template) throws Exception {
		long type = jdbc.sql("SELECT p.id FROM projects_type p JOIN tenancy_tenant t ON t.id = p.tenant_id "
				+ "WHERE t.code = 'demo' AND p.code = 'NEW_PRODUCT'").query(Long.class).single();
		long department = jdbc.sql("SELECT d.id FROM identity_department d JOIN tenancy_tenant t ON t.id = d.tenant_id "
				+ "WHERE t.code = 'demo' AND d.name = '结构设计室'").query(Long.class).single();
		LocalDate start = LocalDate.now();
		String body = """
				{"name": "%s %d", "typeId": %d, "managerId": %d, "departmentId": %d, "priority": "HIGH",
				 "plannedStart": "%s", "plannedEnd": "%s", "templateId": %d}
				""".formatted(name, ThreadLocalRandom.current().nextInt(1_000_000), type, tasks.user("admin"), department,
				start, start.plusDays(99), template);
		String location = mvc.perform(post("/api/v1/projects").header("Authorization", admin())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		tasks.member(location, "rd", "MEMBER");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	public List<PhaseRow> phases(long project) {
		return jdbc.sql("SELECT id, position, name, status, actual_start FROM projects_phase WHERE project_id = :p ORDER BY position")
			.param("p", project)
			.query((rs, n) -> new PhaseRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class)))
			.list();
	}

	public List<String> requirements(long phase) {
		return jdbc.sql("SELECT name FROM projects_phase_deliverable WHERE phase_id = :p ORDER BY position").param("p", phase)
			.query(String.class).list();
	}

	public List<String> deliverables(long project) {
		return jdbc.sql("SELECT name FROM projects_deliverable WHERE project_id = :p ORDER BY phase_id, position, id")
			.param("p", project).query(String.class).list();
	}

	public long tenant() {
		return jdbc.sql("SELECT id FROM tenancy_tenant WHERE code = 'demo'").query(Long.class).single();
	}
}
