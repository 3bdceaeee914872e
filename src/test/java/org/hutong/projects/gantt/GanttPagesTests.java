package org.hutong.projects.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.hutong.HutongTest;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 甘特图 page: a member reads the timeline list by phase and the chart's data (no forms); the
 * manager links tasks, drags one (the data answers 422 with the reason when the plan refuses) and
 * saves a baseline; an observer reads but may not plan (403); someone who cannot see the project
 * finds nothing (404). The project page links to it.
 */
@HutongTest
class GanttPagesTests {

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
	void aMemberReadsTheTimelineAndTheManagerPlans() throws Exception {
		long project = fixtures.project("甘特页面");
		Object[] phase = fixtures.phases(project).get(0);
		long a = fixtures.task(project, "页面需求梳理", phase, 0, 3);
		long b = fixtures.task(project, "页面方案设计", phase, 3, 3);

		String member = page(project, "rd");
		assertThat(member).contains("时间线").contains("页面需求梳理").contains("页面方案设计")
			.contains("gantt-timeline").contains("data-gantt=").doesNotContain("id=\"dependency-form\"")
			.doesNotContain("id=\"baseline-form\"");
		assertThat(mvc.perform(get("/projects/{id}", project).with(fixtures.as("rd"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("/projects/" + project + "/gantt");

		assertThat(page(project, "admin")).contains("id=\"dependency-form\"").contains("id=\"baseline-form\"");
		mvc.perform(post("/projects/{id}/gantt/dependencies", project).with(fixtures.as("admin")).with(csrf())
			.param("predecessorId", String.valueOf(a)).param("successorId", String.valueOf(b)).param("lagDays", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/projects/{id}/gantt/dependencies", project).with(fixtures.as("admin")).with(csrf())
			.param("predecessorId", String.valueOf(b)).param("successorId", String.valueOf(a)).param("lagDays", "0"))
			.andExpect(status().isUnprocessableContent());
		assertThat(mvc.perform(post("/projects/{id}/gantt/dependencies", project).with(fixtures.as("admin")).with(csrf())
			.param("predecessorId", String.valueOf(a)).param("successorId", String.valueOf(a)))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("任务不能依赖它自己。");

		mvc.perform(get("/projects/{id}/gantt/data", project).with(fixtures.as("rd"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.mayPlan").value(false))
			.andExpect(jsonPath("$.items[?(@.id == 'T%d')].dependencies".formatted(b)).value("T" + a))
			.andExpect(jsonPath("$.items[?(@.id == 'P%d')].kind".formatted((Long) phase[0])).value("PHASE"));

		LocalDate start = (LocalDate) phase[1];
		String refused = mvc.perform(post("/projects/{id}/gantt/tasks/{task}/dates", project, b).with(fixtures.as("admin"))
			.with(csrf()).param("start", start.plusDays(1).toString()).param("end", start.plusDays(2).toString())
			.param("version", String.valueOf(fixtures.version(b))))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("页面方案设计").contains("页面需求梳理");
		mvc.perform(post("/projects/{id}/gantt/tasks/{task}/dates", project, b).with(fixtures.as("admin")).with(csrf())
			.param("start", start.plusDays(4).toString()).param("end", start.plusDays(6).toString())
			.param("version", String.valueOf(fixtures.version(b) + 7)))
			.andExpect(status().isConflict());
		mvc.perform(post("/projects/{id}/gantt/tasks/{task}/dates", project, b).with(fixtures.as("admin")).with(csrf())
			.param("start", start.plusDays(4).toString()).param("end", start.plusDays(6).toString())
			.param("version", String.valueOf(fixtures.version(b))))
			.andExpect(status().isOk());

		mvc.perform(post("/projects/{id}/gantt/baselines", project).with(fixtures.as("manager")).with(csrf())
			.param("name", "页面基线")).andExpect(status().is3xxRedirection());
		assertThat(page(project, "rd")).contains("页面基线");
	}

	@Test
	void anObserverMayNotPlanAndAStrangerFindsNothing() throws Exception {
		long project = fixtures.project("甘特权限");
		Object[] phase = fixtures.phases(project).get(0);
		long a = fixtures.task(project, "权限任务甲", phase, 0, 2);
		long b = fixtures.task(project, "权限任务乙", phase, 3, 2);
		assertThat(page(project, "sales")).contains("权限任务甲");
		mvc.perform(post("/projects/{id}/gantt/dependencies", project).with(fixtures.as("sales")).with(csrf())
			.param("predecessorId", String.valueOf(a)).param("successorId", String.valueOf(b)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/projects/{id}/gantt/baselines", project).with(fixtures.as("rd")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/projects/{id}/gantt/tasks/{task}/dates", project, a).with(fixtures.as("sales")).with(csrf())
			.param("start", LocalDate.now().toString()).param("end", LocalDate.now().toString()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/projects/{id}/gantt", project).with(fixtures.as("sales2"))).andExpect(status().isNotFound());
		mvc.perform(get("/projects/{id}/gantt/data", project).with(fixtures.as("sales2"))).andExpect(status().isNotFound());
	}

	@Test
	void thePhoneListGroupsTheItemsByPhaseWithTheirDatesAndSlip() throws Exception {
		long project = fixtures.project("甘特手机");
		Object[] phase = fixtures.phases(project).get(1);
		long task = fixtures.task(project, "手机时间线任务", phase, 2, 3);
		mvc.perform(post("/projects/{id}/gantt/baselines", project).with(fixtures.as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		LocalDate start = ((LocalDate) phase[1]).plusDays(4);
		mvc.perform(post("/projects/{id}/gantt/tasks/{task}/dates", project, task).with(fixtures.as("admin")).with(csrf())
			.param("start", start.toString()).param("end", start.plusDays(2).toString())
			.param("version", String.valueOf(fixtures.version(task))))
			.andExpect(status().isOk());
		String html = page(project, "rd");
		String phaseName = jdbc.sql("SELECT name FROM projects_phase WHERE id = :id").param("id", phase[0])
			.query(String.class).single();
		assertThat(html).contains("<h3 class=\"gantt-phase").contains(phaseName).contains("手机时间线任务")
			.contains(start + " – " + start.plusDays(2)).contains("较基线 2 天");
		assertThat(html.indexOf(phaseName, html.indexOf("gantt-timeline"))).isLessThan(html.indexOf("手机时间线任务",
				html.indexOf("gantt-timeline")));
	}

	private String page(long project, String username) throws Exception {
		return mvc.perform(get("/projects/{id}/gantt", project).with(fixtures.as(username))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
