package org.hutong.projects.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.approvals.ApprovalDecided;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.project.ProjectFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 报销 linked to a project: once approved, each of its lines is the project's actual cost on the
 * line's day, in the budget category its expense category maps to (差旅 → 差旅费, 办公 → 材料费); a
 * decision delivered again counts nothing twice; a claim not linked, or not approved, counts nothing;
 * a project the claimant cannot see is refused by the field.
 */
@HutongTest
class ExpenseActualsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExpenseActuals actuals;

	JsonMapper json = JsonMapper.builder().build();

	ProjectFixtures projects;

	@BeforeEach
	void setUp() {
		projects = new ProjectFixtures(mvc, userDetails, tokens, jdbc);
	}

	@Test
	void anApprovedClaimsLinesCountOnceAsTheProjectsCosts() throws Exception {
		long project = project("报销计入项目");
		LocalDate day = LocalDate.now().minusDays(2);
		long request = submit(Map.of("lines", List.of(
				Map.of("category", "TRAVEL", "date", day.toString(), "amount", "300.00", "note", "许昌试验站"),
				Map.of("category", "OFFICE", "date", day.toString(), "amount", "120.50")),
				"rdProject", project, "reason", "样机型式试验"));
		approveAll(request);

		await().atMost(Duration.ofSeconds(15)).until(() -> costCount(request) == 2);
		String costs = mvc.perform(get("/api/v1/projects/{id}/costs", project).header("Authorization", projects.token("rd")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> categories = JsonPath.read(costs, "$.items[*].category");
		List<String> descriptions = JsonPath.read(costs, "$.items[*].description");
		assertThat(categories).containsExactlyInAnyOrder("差旅费", "材料费");
		assertThat(descriptions).allSatisfy(text -> assertThat(text).startsWith("报销 "));
		assertThat(descriptions).anySatisfy(text -> assertThat(text).endsWith("许昌试验站"));
		mvc.perform(get("/api/v1/projects/{id}/budget", project).header("Authorization", projects.token("rd")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sheet.total.actual").value(420.5));

		long tenant = jdbc.sql("SELECT tenant_id FROM projects_project WHERE id = :id").param("id", project)
			.query(Long.class).single();
		actuals.on(new ApprovalDecided(tenant, request, "expense", null, ApprovalStatus.APPROVED,
				projects.user("rd"), Instant.now()));
		assertThat(costCount(request)).isEqualTo(2);
	}

	@Test
	void aClaimWithoutAProjectOrNotApprovedCountsNothing() throws Exception {
		long project = project("报销未批准");
		String today = LocalDate.now().minusDays(1).toString();
		long unlinked = submit(Map.of("lines", List.of(Map.of("category", "TRAVEL", "date", today, "amount", "80"))));
		approveAll(unlinked);
		long rejected = submit(Map.of("lines", List.of(Map.of("category", "TRAVEL", "date", today, "amount", "90")),
				"rdProject", project));
		long tenant = jdbc.sql("SELECT tenant_id FROM projects_project WHERE id = :id").param("id", project)
			.query(Long.class).single();
		actuals.on(new ApprovalDecided(tenant, rejected, "expense", null, ApprovalStatus.REJECTED,
				projects.user("rd"), Instant.now()));
		await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5))
			.until(() -> costCount(unlinked) == 0 && costCount(rejected) == 0);
	}

	@Test
	void aProjectTheClaimantCannotSeeIsRefusedByTheField() throws Exception {
		String today = LocalDate.now().minusDays(1).toString();
		mvc.perform(post("/api/v1/approval-requests").header("Authorization", projects.token("rd"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("flowKey", "expense", "title", "报销", "values",
					Map.of("lines", List.of(Map.of("category", "TRAVEL", "date", today, "amount", "80")),
							"rdProject", 987_654_321L)))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors['values.rdProject']").isNotEmpty());
	}

	private long project(String name) throws Exception {
		String location = projects.create("rd", "电气设计室", name);
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long submit(Map<String, Object> values) throws Exception {
		String body = mvc.perform(post("/api/v1/approval-requests").header("Authorization", projects.token("rd"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("flowKey", "expense", "title", "项目报销", "values", values))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	/** Each current approver says 同意 until the request is decided. */
	private void approveAll(long request) throws Exception {
		for (int round = 0; round < 6; round++) {
			String detail = mvc.perform(get("/api/v1/approval-requests/{id}", request)
				.header("Authorization", projects.token("rd"))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			if (!"PENDING".equals(JsonPath.read(detail, "$.status"))) {
				assertThat((String) JsonPath.read(detail, "$.status")).isEqualTo("APPROVED");
				return;
			}
			long version = ((Number) JsonPath.read(detail, "$.version")).longValue();
			long task = ((Number) JsonPath.read(detail, "$.currentTasks[0].id")).longValue();
			long assignee = ((Number) JsonPath.read(detail, "$.currentTasks[0].assigneeId")).longValue();
			String username = jdbc.sql("SELECT username FROM identity_user WHERE id = :id").param("id", assignee)
				.query(String.class).single();
			mvc.perform(post("/api/v1/approval-requests/{id}/approve", request)
				.header("Authorization", projects.token(username)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": %d, \"taskId\": %d, \"comment\": \"同意\"}".formatted(version, task)))
				.andExpect(status().isOk());
		}
		throw new AssertionError("the request was not decided");
	}

	private int costCount(long request) {
		return jdbc.sql("SELECT COUNT(*) FROM projects_cost WHERE source_key LIKE :key")
			.param("key", "expense:" + request + ":%").query(Integer.class).single();
	}
}
