package org.hutong.projects.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.task.TaskFixtures;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 工时表, the team week and the cost rates: rd sees the tasks given to them and saves a cell (an
 * htmx save answers the sheet, a refusal 422 with the reason by the cell); the team week is for the
 * project's manager, not a member; the rates page is the administrator's, hidden from rd, and labour is
 * priced by the rate in effect on each entry's day.
 */
@HutongTest
class TimePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LabourCosts labour;

	TaskFixtures fixtures;

	long project;

	long task;

	LocalDate today;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new TaskFixtures(mvc, userDetails, tokens, jdbc);
		project = fixtures.project("工时页面项目");
		task = fixtures.task(project, "工时页面任务", "\"assigneeIds\": [%d]".formatted(fixtures.user("rd")));
		today = LocalDate.now(EnterpriseZone.DEFAULT);
	}

	@Test
	void aMemberSavesACellOfTheWeekAndATooLongDayIsRefusedByTheCell() throws Exception {
		var rd = new TestUsers(userDetails).as("demo", "rd");
		mvc.perform(get("/projects/timesheet").with(rd)).andExpect(status().isOk())
			.andExpect(content().string(containsString("工时页面任务")))
			.andExpect(content().string(containsString("timesheet-grid")));
		mvc.perform(post("/projects/timesheet/cell").with(rd).with(csrf()).header("HX-Request", "true")
			.param("taskId", String.valueOf(task)).param("day", today.toString()).param("hours", "30"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("工时须大于 0 且不超过 24 小时。")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(post("/projects/timesheet/cell").with(rd).with(csrf())
			.param("taskId", String.valueOf(task)).param("day", today.toString()).param("hours", "2.5").param("note", "布线"))
			.andExpect(status().is3xxRedirection());
		long entry = jdbc.sql("SELECT id FROM projects_time_entry WHERE task_id = :t").param("t", task).query(Long.class).single();
		mvc.perform(post("/projects/timesheet/cell").with(rd).with(csrf()).header("HX-Request", "true")
			.param("taskId", String.valueOf(task)).param("day", today.toString()).param("hours", "3")
			.param("entryId", String.valueOf(entry)).param("version", "0"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"timesheet\"")));
		assertThat(hours(task)).isEqualByComparingTo("3");
		mvc.perform(get("/projects/tasks/{id}", task).with(rd)).andExpect(status().isOk())
			.andExpect(content().string(containsString("已记工时 3 小时")))
			.andExpect(content().string(containsString("/projects/timesheet?task=" + task)));
		mvc.perform(post("/projects/timesheet/cell").with(rd).with(csrf()).header("HX-Request", "true")
			.param("taskId", String.valueOf(task)).param("day", today.toString()).param("hours", "4")
			.param("entryId", String.valueOf(entry)).param("version", "0"))
			.andExpect(status().isConflict()).andExpect(content().string(containsString("这条工时刚被修改过")));
		mvc.perform(post("/projects/timesheet/cell").with(rd).with(csrf()).header("HX-Request", "true")
			.param("taskId", String.valueOf(task)).param("day", today.toString()).param("hours", "")
			.param("entryId", String.valueOf(entry)).param("version", "1"))
			.andExpect(status().isOk());
		assertThat(hours(task)).isNull();
	}

	@Test
	void theTeamWeekIsTheManagersAndAMemberIsRefused() throws Exception {
		mvc.perform(post("/api/v1/time-entries").header("Authorization", fixtures.token("rd"))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"taskId\": %d, \"day\": \"%s\", \"hours\": 6}".formatted(task, today)))
			.andExpect(status().isCreated());
		mvc.perform(get("/projects/{id}/time", project).with(new TestUsers(userDetails).as("demo", "admin")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("张伟")))
			.andExpect(content().string(containsString("工时页面任务")));
		mvc.perform(get("/projects/{id}/time", project).with(new TestUsers(userDetails).as("demo", "rd")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/projects/{id}/time", project).with(new TestUsers(userDetails).as("demo", "sales2")))
			.andExpect(status().isNotFound());
	}

	@Test
	void ratesAreTheAdministratorsAndLabourTakesTheRateOfEachDay() throws Exception {
		var admin = new TestUsers(userDetails).as("demo", "admin");
		var rd = new TestUsers(userDetails).as("demo", "rd");
		long sales2 = fixtures.user("sales2");
		fixtures.member("/api/v1/projects/" + project, "sales2", "MEMBER");
		long task2 = fixtures.task(project, "费率任务", "");
		mvc.perform(get("/projects/cost-rates").with(rd)).andExpect(status().isForbidden());
		mvc.perform(post("/projects/cost-rates").with(rd).with(csrf()).param("userId", String.valueOf(sales2))
			.param("effectiveFrom", today.minusYears(3).toString()).param("rate", "1")).andExpect(status().isForbidden());
		mvc.perform(get("/projects").with(rd)).andExpect(content().string(not(containsString("/projects/cost-rates"))));
		mvc.perform(post("/projects/cost-rates").with(admin).with(csrf()).param("userId", String.valueOf(sales2))
			.param("effectiveFrom", today.minusYears(3).toString()).param("rate", "-5"))
			.andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("费率须在 0 到")));
		rate(admin, sales2, today.minusYears(3), "100");
		rate(admin, sales2, today.minusYears(2), "150");
		mvc.perform(get("/projects/cost-rates").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("¥150.00/小时")));
		String sales2Token = fixtures.token("sales2");
		logAs(sales2Token, task2, today.minusYears(2).minusDays(10), "2");
		logAs(sales2Token, task2, today.minusYears(2).plusDays(10), "4");
		BigDecimal total = TenantContext.callAs(tenant(), () -> labour.total(project));
		assertThat(total).isEqualByComparingTo("800");
		assertThat(TenantContext.callAs(tenant(), () -> labour.byPhase(project)).values().stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("800");
		assertThat(TenantContext.callAs(tenant(), () -> labour.totals(java.util.List.of(project)))).containsKey(project);
	}

	private void rate(org.springframework.test.web.servlet.request.RequestPostProcessor admin, long user, LocalDate from,
			String rate) throws Exception {
		mvc.perform(post("/projects/cost-rates").with(admin).with(csrf()).param("userId", String.valueOf(user))
			.param("effectiveFrom", from.toString()).param("rate", rate)).andExpect(status().is3xxRedirection());
	}

	private void logAs(String token, long taskId, LocalDate day, String hours) throws Exception {
		mvc.perform(post("/api/v1/time-entries").header("Authorization", token)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"taskId\": %d, \"day\": \"%s\", \"hours\": %s}".formatted(taskId, day, hours)))
			.andExpect(status().isCreated());
	}

	private long tenant() {
		return jdbc.sql("SELECT id FROM tenancy_tenant WHERE code = 'demo'").query(Long.class).single();
	}

	private BigDecimal hours(long taskId) {
		return jdbc.sql("SELECT SUM(hours) FROM projects_time_entry WHERE task_id = :t").param("t", taskId)
			.query(BigDecimal.class).optional().orElse(null);
	}
}
