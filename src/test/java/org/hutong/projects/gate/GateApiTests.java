package org.hutong.projects.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Collectors;

import org.hamcrest.Matchers;
import org.hutong.HutongTest;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.project.ProjectFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 阶段评审 through the API on a new project in 立项 (gatekeepers: the 系统管理员 role and 张伟): a request
 * without the deliverables is 400 naming them; the request is 201 with its Location; an unanswered
 * must-meet is 400 naming {@code met[id]}; the manager, no gatekeeper, 403; a stale If-Match 409; an
 * unknown outcome 400 naming it; Go enters 方案评审; another enterprise gets 404.
 */
@HutongTest
class GateApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	ProjectFixtures fixtures;

	long project;

	long phase;

	@BeforeEach
	void project() throws Exception {
		fixtures = new ProjectFixtures(mvc, userDetails, tokens, jdbc);
		String url = fixtures.create("manager", "电气设计室", "阶段评审接口");
		project = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		phase = jdbc.sql("SELECT id FROM projects_phase WHERE project_id = :p AND position = 1").param("p", project)
			.query(Long.class).single();
		jdbc.sql("INSERT INTO projects_phase_gatekeeper (tenant_id, phase_id, user_id) "
				+ "SELECT tenant_id, id, :u FROM projects_phase WHERE id = :id")
			.param("u", fixtures.user("rd")).param("id", phase).update();
	}

	@Test
	void requestScoreAndDecideThroughTheApi() throws Exception {
		String manager = fixtures.token("manager");
		String rd = fixtures.token("rd");
		mvc.perform(get("/api/v1/projects/{id}/gates", project).header("Authorization", manager))
			.andExpect(status().isOk()).andExpect(jsonPath("$.mayRequest").value(true))
			.andExpect(jsonPath("$.gates").isEmpty());
		mvc.perform(post("/api/v1/projects/{id}/gates", project).header("Authorization", manager))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("立项报告")));

		jdbc.sql("UPDATE projects_deliverable SET versions = 1 WHERE project_id = :p AND phase_id = :ph")
			.param("p", project).param("ph", phase).update();
		String location = mvc.perform(post("/api/v1/projects/{id}/gates", project).header("Authorization", manager))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.phaseName").value("立项"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andReturn().getResponse().getHeader("Location");
		assertThat(location).startsWith("/api/v1/gates/");
		mvc.perform(get("/api/v1/projects/{id}/gates", project).header("Authorization", manager))
			.andExpect(jsonPath("$.mayRequest").value(false)).andExpect(jsonPath("$.gates.length()").value(1));

		List<long[]> criteria = jdbc.sql("SELECT id, CASE WHEN kind = 'MUST' THEN 1 ELSE 0 END FROM projects_phase_criterion "
				+ "WHERE phase_id = :id ORDER BY position").param("id", phase)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
		long must = criteria.stream().filter(c -> c[1] == 1).findFirst().orElseThrow()[0];
		String points = criteria.stream().filter(c -> c[1] == 0).map(c -> "\"" + c[0] + "\": 4")
			.collect(Collectors.joining(", "));
		String met = criteria.stream().filter(c -> c[1] == 1).map(c -> "\"" + c[0] + "\": true")
			.collect(Collectors.joining(", "));

		mvc.perform(put(location + "/scores/me").header("Authorization", rd).contentType(MediaType.APPLICATION_JSON)
			.content("{\"points\": {" + points + "}, \"comment\": \"缺必须满足项\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['met[" + must + "]']").value(Matchers.containsString("是或否")));
		String full = "{\"met\": {" + met + "}, \"points\": {" + points + "}, \"comment\": \"可以\"}";
		mvc.perform(put(location + "/scores/me").header("Authorization", manager).contentType(MediaType.APPLICATION_JSON)
			.content(full)).andExpect(status().isForbidden());
		String etag = mvc.perform(put(location + "/scores/me").header("Authorization", rd)
			.contentType(MediaType.APPLICATION_JSON).content(full))
			.andExpect(status().isOk()).andExpect(jsonPath("$.scores.length()").value(1))
			.andExpect(jsonPath("$.weighted").value(4.0))
			.andReturn().getResponse().getHeader("ETag");

		mvc.perform(post(location + "/decision").header("Authorization", rd).header("If-Match", "\"-7\"")
			.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"GO\", \"comment\": \"同意\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post(location + "/decision").header("Authorization", rd).header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"MAYBE\", \"comment\": \"同意\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.outcome").exists());
		mvc.perform(post(location + "/decision").header("Authorization", rd).header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"GO\", \"comment\": \"同意进入方案评审\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("GO"))
			.andExpect(jsonPath("$.status").value("DECIDED")).andExpect(header().exists("ETag"));
		assertThat(jdbc.sql("SELECT current_phase FROM projects_project WHERE id = :p").param("p", project)
			.query(String.class).single()).isEqualTo("方案评审");

		String other = fixtures.token("demo2", "admin");
		mvc.perform(get(location).header("Authorization", other)).andExpect(status().isNotFound());
		mvc.perform(put(location + "/scores/me").header("Authorization", other).contentType(MediaType.APPLICATION_JSON)
			.content(full)).andExpect(status().isNotFound());
	}
}
