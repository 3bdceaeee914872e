package org.hutong.projects.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.identity.token.ApiTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code /api/v1/.../milestones}: create, list with the cursor, get, replace with If-Match (409 when
 * stale, the baseline day kept and the slip counted), reach by hand; bad input 400 naming the field;
 * an observer may not edit or reach; another enterprise sees nothing (404).
 */
@HutongTest
class MilestoneApiTests {

	static final LocalDate DUE = LocalDate.now().plusDays(20);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	MilestoneFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new MilestoneFixtures(mvc, userDetails, tokens, jdbc);
	}

	@Test
	void milestonesAreAddedListedByCursorReplacedWithIfMatchAndReached() throws Exception {
		long project = fixtures.project("里程碑接口");
		String rd = fixtures.token("rd");
		long second = id(create(rd, project, "{\"name\": \"样机评审\", \"dueOn\": \"%s\"}".formatted(DUE))
			.andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\"")));
		long first = id(create(rd, project, "{\"name\": \"方案评审\", \"dueOn\": \"%s\"}".formatted(DUE.minusDays(9)))
			.andExpect(status().isCreated()));
		create(rd, project, "{\"name\": \"小批量\", \"dueOn\": \"%s\"}".formatted(DUE.plusDays(30))).andExpect(status().isCreated());

		String page = mvc.perform(get("/api/v1/projects/{id}/milestones", project).param("limit", "2").header("Authorization", rd))
			.andExpect(status().isOk()).andExpect(jsonPath("$.items[0].name").value("方案评审"))
			.andExpect(jsonPath("$.items[1].name").value("样机评审")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String next = JsonPath.read(page, "$.next");
		mvc.perform(get("/api/v1/projects/{id}/milestones", project).param("limit", "2").param("cursor", next)
			.header("Authorization", rd)).andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].name").value("小批量")).andExpect(jsonPath("$.next").doesNotExist());
		mvc.perform(get("/api/v1/projects/{id}/milestones", project).param("cursor", "nonsense").header("Authorization", rd))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.cursor").exists());

		String moved = "{\"name\": \"样机评审\", \"dueOn\": \"%s\"}".formatted(DUE.plusDays(6));
		replace(rd, second, moved, "\"0\"").andExpect(status().isOk()).andExpect(jsonPath("$.slipDays").value(6))
			.andExpect(jsonPath("$.baselineOn").value(DUE.toString())).andExpect(header().string("ETag", "\"1\""));
		replace(rd, second, moved, "\"0\"").andExpect(status().isConflict());

		mvc.perform(post("/api/v1/milestones/{id}/reach", first).header("Authorization", rd)
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"成员不行\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/milestones/{id}/reach", first).header("Authorization", fixtures.token("admin"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"评审会通过\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REACHED")).andExpect(jsonPath("$.note").value("评审会通过"))
			.andExpect(jsonPath("$.reachedBy").value(fixtures.user("admin")));
		mvc.perform(post("/api/v1/milestones/{id}/reach", first).header("Authorization", fixtures.token("admin"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"又一次\"}")).andExpect(status().isBadRequest());

		String spec = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(spec).contains("/api/v1/projects/{id}/milestones").contains("/api/v1/milestones/{id}/reach");
	}

	@Test
	void badInputIsRefusedByFieldAndOnlyContributorsOfTheEnterpriseSeeOrEdit() throws Exception {
		long project = fixtures.project("里程碑校验接口");
		long other = fixtures.project("别的项目接口");
		long foreign = fixtures.task(other, "别人的任务");
		String rd = fixtures.token("rd");
		create(rd, project, "{\"dueOn\": \"%s\"}".formatted(DUE)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").exists());
		create(rd, project, "{\"name\": \"借任务\", \"dueOn\": \"%s\", \"taskIds\": [%d]}".formatted(DUE, foreign))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.taskIds").exists());
		create(fixtures.token("sales"), project, "{\"name\": \"观察者\", \"dueOn\": \"%s\"}".formatted(DUE))
			.andExpect(status().isForbidden());
		long milestone = id(create(rd, project, "{\"name\": \"评审\", \"dueOn\": \"%s\"}".formatted(DUE)));
		replace(fixtures.token("sales"), milestone, "{\"name\": \"改名\", \"dueOn\": \"%s\"}".formatted(DUE), null)
			.andExpect(status().isForbidden());
		String stranger = fixtures.token("demo2", "admin");
		mvc.perform(get("/api/v1/milestones/{id}", milestone).header("Authorization", stranger)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/projects/{id}/milestones", project).header("Authorization", stranger))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/milestones/{id}", milestone).header("Authorization", fixtures.token("sales")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.name").value("评审"));
	}

	private ResultActions create(String token, long project, String body) throws Exception {
		return mvc.perform(post("/api/v1/projects/{id}/milestones", project).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions replace(String token, long milestone, String body, String ifMatch) throws Exception {
		var request = put("/api/v1/milestones/{id}", milestone).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON).content(body);
		return mvc.perform(ifMatch == null ? request : request.header("If-Match", ifMatch));
	}

	private static long id(ResultActions created) throws Exception {
		return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id"))
			.longValue();
	}
}
