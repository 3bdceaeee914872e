package org.hutong.projects.gantt;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.hutong.HutongTest;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plan through the API: dependencies listed, added (201), refused as bad input (400), as already
 * there or refused by the plan (409), removed (204); the scheduled plan with its critical path and a
 * baseline saved and compared; only planners change it (403), strangers find nothing (404).
 */
@HutongTest
class GanttApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	GanttFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new GanttFixtures(mvc, userDetails, tokens, jdbc, tenants, transactions);
	}

	@Test
	void dependenciesAreAddedRefusedListedAndRemoved() throws Exception {
		long project = fixtures.project("依赖接口");
		Object[] phase = fixtures.phases(project).get(0);
		long a = fixtures.task(project, "接口甲", phase, 0, 2);
		long b = fixtures.task(project, "接口乙", phase, 3, 2);
		String admin = fixtures.token("admin");

		String created = mvc.perform(link(admin, project, "{\"predecessorId\": %d, \"successorId\": %d, \"lagDays\": 1}"
			.formatted(a, b)))
			.andExpect(status().isCreated()).andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.predecessor").value("接口甲")).andExpect(jsonPath("$.lagDays").value(1))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		long dependency = ((Number) JsonPath.read(created, "$.id")).longValue();

		mvc.perform(link(admin, project, "{\"predecessorId\": %d, \"successorId\": %d}".formatted(a, b)))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.errors.successorId").exists());
		mvc.perform(link(admin, project, "{\"predecessorId\": %d, \"successorId\": %d}".formatted(b, a)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("依赖关系形成了循环")));
		mvc.perform(link(admin, project, "{\"predecessorId\": %d}".formatted(a)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.successorId").exists());
		mvc.perform(link(admin, project, "{\"predecessorId\": %d, \"successorId\": %d}".formatted(a, a)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.successorId").value("任务不能依赖它自己。"));
		mvc.perform(link(admin, project, "{\"predecessorId\": %d, \"successorId\": 999999999}".formatted(a)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.successorId").value("只能关联本项目的任务。"));
		mvc.perform(link(admin, project, "{\"predecessorId\": \"x\"}")).andExpect(status().isBadRequest());

		mvc.perform(link(fixtures.token("rd"), project, "{\"predecessorId\": %d, \"successorId\": %d}".formatted(b, a)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/projects/{id}/dependencies", project).header("Authorization", fixtures.token("sales")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].successor").value("接口乙"));
		String stranger = fixtures.token("demo2", "admin");
		mvc.perform(get("/api/v1/projects/{id}/dependencies", project).header("Authorization", stranger))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/projects/{id}/dependencies/{dep}", project, dependency)
			.header("Authorization", fixtures.token("sales"))).andExpect(status().isForbidden());

		long other = fixtures.project("依赖接口二");
		mvc.perform(delete("/api/v1/projects/{id}/dependencies/{dep}", other, dependency).header("Authorization", admin))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/projects/{id}/dependencies/{dep}", project, dependency)
			.header("Authorization", fixtures.token("manager"))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/projects/{id}/dependencies", project).header("Authorization", admin))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void thePlanShowsItsCriticalPathAndTheSlipAgainstABaseline() throws Exception {
		long project = fixtures.project("计划接口");
		java.util.List<Object[]> phases = fixtures.phases(project);
		Object[] last = phases.get(phases.size() - 1);
		int days = (int) (((java.time.LocalDate) last[2]).toEpochDay() - ((java.time.LocalDate) last[1]).toEpochDay()) + 1;
		long x = fixtures.task(project, "计划甲", last, 0, 2);
		long y = fixtures.task(project, "计划乙", last, 2, days - 2);
		String admin = fixtures.token("admin");
		mvc.perform(link(admin, project, "{\"predecessorId\": %d, \"successorId\": %d}".formatted(x, y)))
			.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/projects/{id}/plan", project).header("Authorization", fixtures.token("rd")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.refusals.length()").value(0))
			.andExpect(jsonPath("$.criticalPath").value(Matchers.hasItems("T" + x, "T" + y)))
			.andExpect(jsonPath("$.projectFinish").value(last[2].toString()))
			.andExpect(jsonPath("$.baseline").doesNotExist());

		mvc.perform(post("/api/v1/projects/{id}/baselines", project).header("Authorization", fixtures.token("rd"))
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/projects/{id}/baselines", project).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"%s\"}".formatted("长".repeat(51))))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.name").exists());
		String saved = mvc.perform(post("/api/v1/projects/{id}/baselines", project).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"接口基线\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.baseline.name").value("接口基线"))
			.andExpect(jsonPath("$.finishSlipDays").value(0))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		long baseline = ((Number) JsonPath.read(saved, "$.baseline.id")).longValue();
		mvc.perform(get("/api/v1/projects/{id}/plan", project).param("baselineId", String.valueOf(baseline))
			.header("Authorization", admin)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.key == 'T%d')].slipDays".formatted(x)).value(0));
		mvc.perform(get("/api/v1/projects/{id}/plan", project).param("baselineId", "999999999")
			.header("Authorization", admin)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/projects/{id}/plan", project).header("Authorization", fixtures.token("demo2", "admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theRoutesAreInTheOpenApiSpec() throws Exception {
		String spec = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(spec).contains("/api/v1/projects/{id}/dependencies")
			.contains("/api/v1/projects/{id}/dependencies/{dependencyId}").contains("/api/v1/projects/{id}/plan")
			.contains("/api/v1/projects/{id}/baselines");
	}

	private static org.springframework.test.web.servlet.RequestBuilder link(String token, long project, String body) {
		return post("/api/v1/projects/{id}/dependencies", project).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON).content(body);
	}
}
