package org.hutong.projects.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.BudgetThresholdCrossed;
import org.hutong.projects.project.ProjectFixtures;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code /api/v1/projects/{id}/budget}, {@code …/costs} and {@code /api/v1/budget-categories}: the
 * seeded categories, a line added and changed by the manager (a negative amount refused on its field,
 * a stale If-Match a conflict, a member who is not 负责人 refused, another enterprise not finding it),
 * manual costs with their document summed with labour from a {@link LabourActuals} (a test one here),
 * listed by cursor, and the 80 / 100 % thresholds told once each, also through
 * {@link BudgetBurns}.
 */
@HutongTest
@RecordApplicationEvents
@Import(BudgetApiTests.Labour.class)
class BudgetApiTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	/** Labour per project and phase, as the time entries would answer it. */
	static final Map<Long, Map<Long, BigDecimal>> LABOUR = new ConcurrentHashMap<>();

	@TestConfiguration(proxyBeanMethods = false)
	static class Labour {

		@Bean
		@org.springframework.context.annotation.Primary
		LabourActuals testLabour() {
			return new LabourActuals() {
				@Override
				public Map<Long, BigDecimal> byPhase(long projectId) {
					return LABOUR.getOrDefault(projectId, Map.of());
				}

				@Override
				public Map<Long, BigDecimal> totals(Collection<Long> projectIds) {
					Map<Long, BigDecimal> totals = new java.util.HashMap<>();
					projectIds.forEach(id -> totals.put(id, byPhase(id).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
					return totals;
				}
			};
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	BudgetBurns burns;

	ProjectFixtures projects;

	long material;

	long labour;

	@BeforeEach
	void setUp() throws Exception {
		projects = new ProjectFixtures(mvc, userDetails, tokens, jdbc);
		String body = mvc.perform(get("/api/v1/budget-categories").header("Authorization", projects.token("rd")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].isDefault").value(true))
			.andExpect(jsonPath("$[0].categories.length()").value(7))
			.andExpect(jsonPath("$[0].categories[4].name").value("人工"))
			.andExpect(jsonPath("$[0].categories[4].labour").value(true))
			.andExpect(jsonPath("$[1].categories[0].name").value("设备费"))
			.andReturn().getResponse().getContentAsString();
		material = ((Number) JsonPath.read(body, "$[0].categories[0].id")).longValue();
		labour = ((Number) JsonPath.read(body, "$[0].categories[4].id")).longValue();
	}

	/** A project of rd's (its manager) with sales2 as 成员; answers its id. */
	private long project(String name) throws Exception {
		String location = projects.create("rd", "电气设计室", name);
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post("/api/v1/projects/{id}/members", id).header("Authorization", projects.token("rd"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\": %d, \"role\": \"MEMBER\"}".formatted(projects.user("sales2"))))
			.andExpect(status().isOk());
		return id;
	}

	private MockHttpServletRequestBuilder line(long project, long category, String amount) {
		return post("/api/v1/projects/{id}/budget/lines", project).header("Authorization", projects.token("rd"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"categoryId\": %d, \"amount\": %s, \"note\": \"样机\"}".formatted(category, amount));
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder cost(long project, long category, String amount) {
		var request = multipart("/api/v1/projects/{id}/costs", project);
		request.file(new MockMultipartFile("file", "发票.pdf", "application/pdf", PDF));
		request.param("spentOn", LocalDate.now().minusDays(1).toString()).param("categoryId", String.valueOf(category))
			.param("amount", amount).param("description", "元器件采购")
			.header("Authorization", projects.token("rd"));
		return request;
	}

	@Test
	void theManagerKeepsLinesANegativeAmountIsRefusedAndAStaleVersionConflicts() throws Exception {
		long project = project("预算接口项目");
		mvc.perform(line(project, material, "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.amount").value("金额不能为负数。"));
		String body = mvc.perform(line(project, material, "10000"))
			.andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.category").value("材料费"))
			.andReturn().getResponse().getContentAsString();
		long line = ((Number) JsonPath.read(body, "$.id")).longValue();
		mvc.perform(line(project, material, "5")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.categoryId").exists());
		mvc.perform(put("/api/v1/projects/{id}/budget/lines/{line}", project, line).header("Authorization", projects.token("rd"))
			.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 12000}"))
			.andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.amount").value(12000));
		mvc.perform(put("/api/v1/projects/{id}/budget/lines/{line}", project, line).header("Authorization", projects.token("rd"))
			.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 1}"))
			.andExpect(status().isConflict());
		mvc.perform(put("/api/v1/projects/{id}/budget/lines/{line}", project, line).header("Authorization", projects.token("sales2"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 1}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/projects/{id}/budget", project).header("Authorization", projects.token("sales2")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mayEdit").value(false))
			.andExpect(jsonPath("$.sheet.total.budget").value(12000));
		String other = projects.token("demo2", "admin");
		mvc.perform(get("/api/v1/projects/{id}/budget", project).header("Authorization", other))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/projects/{id}/budget/lines/{line}", project, line).header("Authorization", other)
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 1}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/projects/{id}/costs", project).header("Authorization", other))
			.andExpect(status().isNotFound());
	}

	@Test
	void costsAndLabourSumAndEachThresholdIsToldOnce() throws Exception {
		long project = project("预算消耗项目");
		mvc.perform(line(project, material, "10000")).andExpect(status().isCreated());
		mvc.perform(line(project, labour, "10000")).andExpect(status().isCreated());
		LABOUR.put(project, Map.of(-1L, new BigDecimal("1000")));
		mvc.perform(cost(project, material, "0")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.amount").value("金额必须大于 0。"));
		mvc.perform(cost(project, material, "8500"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.documentHref").exists());
		// 材料费 at 85 %: its 80 % once; the total (9500 of 20000) not yet
		assertThat(crossed(project)).containsExactly("材料费@80");
		mvc.perform(cost(project, material, "500")).andExpect(status().isCreated());
		assertThat(crossed(project)).as("90 % crosses nothing new").containsExactly("材料费@80");
		LABOUR.put(project, Map.of(-1L, new BigDecimal("7000")));
		mvc.perform(cost(project, material, "1000")).andExpect(status().isCreated());
		// 材料费 10000 of 10000, total 10000 + 7000 labour of 20000 (85 %)
		assertThat(crossed(project)).containsExactlyInAnyOrder("材料费@80", "材料费@100", "total@80");
		mvc.perform(get("/api/v1/projects/{id}/budget", project).header("Authorization", projects.token("rd")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sheet.total.actual").value(17000))
			.andExpect(jsonPath("$.sheet.labourKnown").value(true))
			.andExpect(jsonPath("$.sheet.categories[4].actual").value(7000));
		TenantContext.runAs(jdbc.sql("SELECT tenant_id FROM projects_project WHERE id = :id").param("id", project)
			.query(Long.class).single(), () -> {
				BudgetBurns.Burn burn = burns.burns(List.of(project)).get(project);
				assertThat(burn.budget()).isEqualByComparingTo("20000");
				assertThat(burn.actual()).isEqualByComparingTo("17000");
				assertThat(burn.percent()).isEqualTo(85);
			});
		String page = mvc.perform(get("/api/v1/projects/{id}/costs", project).param("size", "2")
			.header("Authorization", projects.token("rd")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(2))
			.andReturn().getResponse().getContentAsString();
		String next = JsonPath.read(page, "$.next");
		mvc.perform(get("/api/v1/projects/{id}/costs", project).param("size", "2").param("cursor", next)
			.header("Authorization", projects.token("rd")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.next").doesNotExist());
		LABOUR.remove(project);
	}

	private List<String> crossed(long project) {
		return events.stream(BudgetThresholdCrossed.class).filter(e -> e.projectId() == project)
			.map(e -> (e.category() == null ? "total" : e.category()) + "@" + e.threshold())
			.toList();
	}
}
