package org.hutong.projects.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.task.TaskFixtures;
import org.hutong.projects.time.Week;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 项目周报 pages: the manager opens this week and sees the week's facts (a task done, hours, a gate
 * review requested and a milestone reached this week — not those of last week) with 本周完成 pre-filled;
 * saves a draft that members and observers do not see, publishes it and then they read it; a member
 * may not write (403), an outsider finds nothing (404); publishing tells the members (a notice each, not
 * the publisher) and posts on the project's feed; a too-long text is refused by its field (422),
 * a stale save 409; the leaders' page of the week lists it.
 */
@HutongTest
class WeeklyReportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	TaskFixtures fixtures;

	long project;

	String week;

	LocalDate today;

	RequestPostProcessor admin;

	RequestPostProcessor rd;

	RequestPostProcessor sales;

	RequestPostProcessor sales2;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new TaskFixtures(mvc, userDetails, tokens, jdbc);
		project = fixtures.project("周报页面项目");
		today = LocalDate.now(EnterpriseZone.DEFAULT);
		week = Week.of(today).name();
		TestUsers users = new TestUsers(userDetails);
		admin = users.as("demo", "admin");
		rd = users.as("demo", "rd");
		sales = users.as("demo", "sales");
		sales2 = users.as("demo", "sales2");
	}

	@Test
	void theManagerSeesOnlyThisWeeksFactsWithDoneTasksPreFilled() throws Exception {
		Instant thisWeek = today.atTime(9, 0).atZone(EnterpriseZone.DEFAULT).toInstant();
		Instant lastWeek = today.minusDays(8).atTime(9, 0).atZone(EnterpriseZone.DEFAULT).toInstant();
		done(fixtures.task(project, "本周完成的接线任务", ""), thisWeek);
		done(fixtures.task(project, "上周完成的旧任务", ""), lastWeek);
		long logged = fixtures.task(project, "记工时的任务", "\"assigneeIds\": [%d]".formatted(fixtures.user("rd")));
		log(logged, today, "3.5");
		log(logged, today.minusDays(8), "7");
		gate("本周评审阶段", thisWeek, null, null);
		gate("上周评审阶段", lastWeek, "GO", lastWeek.plusSeconds(3600));
		milestone("本周样机里程碑", thisWeek);
		milestone("上周旧里程碑", lastWeek);

		mvc.perform(get("/projects/{id}/reports/{week}", project, week).with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("本周完成的接线任务")))
			.andExpect(content().string(containsString("- 本周完成的接线任务")))
			.andExpect(content().string(containsString("张伟")))
			.andExpect(content().string(containsString("3.5 小时")))
			.andExpect(content().string(containsString("「本周评审阶段」提交评审")))
			.andExpect(content().string(containsString("达成里程碑：本周样机里程碑")))
			.andExpect(content().string(not(containsString("上周完成的旧任务"))))
			.andExpect(content().string(not(containsString("上周评审阶段"))))
			.andExpect(content().string(not(containsString("上周旧里程碑"))))
			.andExpect(content().string(not(containsString("10.5"))));
		String last = Week.of(today.minusDays(8)).name();
		mvc.perform(get("/projects/{id}/reports/{week}", project, last).with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("上周完成的旧任务")))
			.andExpect(content().string(containsString("「上周评审阶段」评审结论：通过")))
			.andExpect(content().string(containsString("7 小时")))
			.andExpect(content().string(not(containsString("本周完成的接线任务"))));
	}

	@Test
	void aDraftIsTheWritersUntilPublishedThenMembersAndObserversReadIt() throws Exception {
		mvc.perform(get("/projects/{id}/reports/{week}", project, week).with(rd)).andExpect(status().isNotFound());
		save(admin, "样机调试顺利", null, null).andExpect(status().is3xxRedirection());
		assertThat(stored("status")).isEqualTo("DRAFT");
		for (RequestPostProcessor reader : new RequestPostProcessor[] { rd, sales }) {
			mvc.perform(get("/projects/{id}/reports/{week}", project, week).with(reader)).andExpect(status().isNotFound());
			mvc.perform(get("/projects/{id}/reports", project).with(reader)).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("样机调试顺利"))));
		}
		mvc.perform(get("/projects/{id}/reports", project).with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("样机调试顺利"))).andExpect(content().string(containsString("草稿")));
		save(rd, "成员想写", null, null).andExpect(status().isForbidden());
		save(sales, "观察者想写", null, null).andExpect(status().isForbidden());
		mvc.perform(get("/projects/{id}/reports/{week}", project, week).with(sales2)).andExpect(status().isNotFound());
		mvc.perform(get("/projects/{id}/reports", project).with(sales2)).andExpect(status().isNotFound());

		save(admin, "样机调试顺利，准备评审", stored("version"), "true").andExpect(status().is3xxRedirection());
		assertThat(stored("status")).isEqualTo("PUBLISHED");
		for (RequestPostProcessor reader : new RequestPostProcessor[] { rd, sales }) {
			mvc.perform(get("/projects/{id}/reports/{week}", project, week).with(reader)).andExpect(status().isOk())
				.andExpect(content().string(containsString("样机调试顺利，准备评审")))
				.andExpect(content().string(not(containsString("name=\"summary\""))));
		}
		long report = Long.parseLong(stored("id"));
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
				SELECT COUNT(*) FROM notifications_notification WHERE kind = 'REPORT_PUBLISHED' AND source_key = :key
				AND recipient_id IN (:readers)""").param("key", "project:" + project + ":report:" + week)
			.param("readers", java.util.List.of(fixtures.user("rd"), fixtures.user("sales"))).query(Long.class).single() == 2);
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
				"SELECT COUNT(*) FROM feed_post WHERE subject_type = 'project' AND subject_id = :p AND source_event = :e")
			.param("p", project).param("e", "weeklyReportPublished:" + report).query(Long.class).single() == 1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM notifications_notification WHERE source_key = :key AND recipient_id = :admin")
			.param("key", "project:" + project + ":report:" + week).param("admin", fixtures.user("admin"))
			.query(Long.class).single()).isZero();
		mvc.perform(get("/projects/reports").param("week", week).with(rd)).andExpect(status().isOk())
			.andExpect(content().string(containsString("样机调试顺利，准备评审")));
		mvc.perform(get("/projects/reports").param("week", week).with(sales2)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("样机调试顺利，准备评审"))));
	}

	@Test
	void aTooLongTextIsRefusedByItsFieldAndAStaleSaveIsAConflict() throws Exception {
		save(admin, "x".repeat(501), null, null).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("本周概述最多 500 个字。")));
		save(admin, null, null, "true").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("发布前请填写本周概述。")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM projects_weekly_report WHERE project_id = :p").param("p", project)
			.query(Long.class).single()).isZero();
		save(admin, "第一版", null, null).andExpect(status().is3xxRedirection());
		save(admin, "第二版", "0", null).andExpect(status().is3xxRedirection());
		save(admin, "过时的一版", "0", null).andExpect(status().isConflict())
			.andExpect(content().string(containsString("这份周报刚被别人修改过")));
		assertThat(stored("summary")).isEqualTo("第二版");
		mvc.perform(get("/projects/{id}/reports/{week}", project, "2026-W99").with(admin)).andExpect(status().isNotFound());
		mvc.perform(get("/projects/{id}/reports/{week}", project, Week.of(today).next().name()).with(admin))
			.andExpect(status().isNotFound());
	}

	@Test
	void theProjectAndThePortfolioLinkToTheReports() throws Exception {
		mvc.perform(get("/projects/{id}", project).with(rd)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/projects/" + project + "/reports")));
		mvc.perform(get("/projects").with(rd)).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/projects/reports\"")));
		mvc.perform(get("/projects/{id}/reports", project).with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/projects/" + project + "/reports/" + week)));
	}

	private org.springframework.test.web.servlet.ResultActions save(RequestPostProcessor who, String summary, String version,
			String publish) throws Exception {
		var request = post("/projects/{id}/reports/{week}", project, week).with(who).with(csrf())
			.param("doneText", "- 完成接线").param("nextPlan", "继续联调");
		if (summary != null) {
			request.param("summary", summary);
		}
		if (version != null) {
			request.param("version", version);
		}
		if (publish != null) {
			request.param("publish", publish);
		}
		return mvc.perform(request);
	}

	private String stored(String column) {
		return jdbc.sql("SELECT " + column + " FROM projects_weekly_report WHERE project_id = :p AND week = :w")
			.param("p", project).param("w", week).query(String.class).single();
	}

	private void done(long task, Instant at) {
		jdbc.sql("UPDATE projects_task SET category = 'DONE', completed_at = :at WHERE id = :id")
			.param("at", at.atOffset(ZoneOffset.UTC)).param("id", task).update();
	}

	private void log(long task, LocalDate day, String hours) throws Exception {
		mvc.perform(post("/api/v1/time-entries").header("Authorization", fixtures.token("rd"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"taskId\": %d, \"day\": \"%s\", \"hours\": %s}".formatted(task, day, hours)))
			.andExpect(status().isCreated());
	}

	private void gate(String phaseName, Instant requested, String outcome, Instant decided) {
		long phase = jdbc.sql("SELECT MIN(id) FROM projects_phase WHERE project_id = :p").param("p", project)
			.query(Long.class).single();
		jdbc.sql("""
				INSERT INTO projects_gate (tenant_id, project_id, phase_id, phase_name, status, outcome, requested_by,
				    requested_at, decided_at, version)
				SELECT tenant_id, id, :phase, :name, :status, :outcome, manager_id, :requested, :decided, 0
				FROM projects_project WHERE id = :p""").param("phase", phase).param("name", phaseName)
			.param("status", outcome == null ? "OPEN" : "DECIDED").param("outcome", outcome)
			.param("requested", requested.atOffset(ZoneOffset.UTC))
			.param("decided", decided == null ? null : decided.atOffset(ZoneOffset.UTC)).param("p", project).update();
	}

	private void milestone(String name, Instant reached) {
		jdbc.sql("""
				INSERT INTO projects_milestone (tenant_id, project_id, name, due_on, baseline_on, status, reached_at,
				    created_by, created_at, version)
				SELECT tenant_id, id, :name, :due, :due, 'REACHED', :reached, manager_id, :reached, 0
				FROM projects_project WHERE id = :p""").param("name", name)
			.param("due", reached.atZone(EnterpriseZone.DEFAULT).toLocalDate())
			.param("reached", reached.atOffset(ZoneOffset.UTC)).param("p", project).update();
	}
}
