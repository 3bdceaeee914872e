package org.hutong.projects.checkup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.task.TaskFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 健康度 kept on the project: judged from its overdue tasks and late gate when a task is given, again by
 * the nightly round, shown on the portfolio's cards with the reason in words and filterable by light;
 * a judgement never makes a user's edit stale, and an ended project has no light.
 */
@HutongTest
class HealthCheckupTests {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HealthCheckup checkup;

	@Autowired
	HealthJob job;

	TaskFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new TaskFixtures(mvc, userDetails, tokens, jdbc);
	}

	@Test
	void threeOverdueTasksOfFourTurnTheProjectRedWithTheReasonOnItsCard() throws Exception {
		long project = fixtures.project("三个逾期");
		String rd = "\"assigneeIds\": [%d], \"dueDate\": \"%%s\"".formatted(fixtures.user("rd"));
		for (int i = 1; i <= 3; i++) {
			fixtures.task(project, "逾期任务" + i, rd.formatted(TODAY.minusDays(i)));
		}
		fixtures.task(project, "按时任务", rd.formatted(TODAY.plusDays(5)));

		await().atMost(Duration.ofSeconds(20)).until(() -> "RED".equals(health(project)));
		String name = name(project);
		String red = page("RED");
		assertThat(red).contains(name).contains("3 个任务逾期（占未完成任务的 75 %）");
		assertThat(page("GREEN")).doesNotContain(name);
	}

	@Test
	void aTaskGivenJudgesTheProjectAndTheNightlyRoundJudgesItAgainWithoutTouchingItsVersion() throws Exception {
		long project = fixtures.project("新判断");
		fixtures.task(project, "一个任务", "\"assigneeIds\": [%d], \"dueDate\": \"%s\"".formatted(fixtures.user("rd"), TODAY.plusDays(3)));
		await().atMost(Duration.ofSeconds(20)).until(() -> "GREEN".equals(health(project)));
		long version = version(project);

		jdbc.sql("UPDATE projects_task SET due_date = :day WHERE project_id = :id").param("day", TODAY.minusDays(2))
			.param("id", project).update();
		job.runAll();

		assertThat(health(project)).isEqualTo("YELLOW");
		assertThat(jdbc.sql("SELECT health_reasons FROM projects_project WHERE id = :id").param("id", project)
			.query(String.class).single()).isEqualTo("YELLOW\tprojects.health.reason.tasks-overdue\t1\t100");
		assertThat(version(project)).isEqualTo(version);
	}

	@Test
	void anEndedProjectLosesItsLightAndIsNeverListedByOne() throws Exception {
		long project = fixtures.project("已终止的");
		fixtures.task(project, "逾期", "\"assigneeIds\": [%d], \"dueDate\": \"%s\"".formatted(fixtures.user("rd"), TODAY.minusDays(1)));
		await().atMost(Duration.ofSeconds(20)).until(() -> health(project) != null);
		String light = health(project);
		jdbc.sql("UPDATE projects_project SET status = 'KILLED' WHERE id = :id").param("id", project).update();
		assertThat(page(light)).as("the filter leaves out an ended project judged before it ended")
			.doesNotContain(name(project));
		long tenant = jdbc.sql("SELECT tenant_id FROM projects_project WHERE id = :id").param("id", project)
			.query(Long.class).single();

		checkup.judge(tenant, List.of(project));

		assertThat(health(project)).isNull();
	}

	private String page(String light) throws Exception {
		return mvc.perform(get("/projects").param("scope", "MINE").param("health", light)
			.with(new TestUsers(userDetails).as("demo", "admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String health(long project) {
		return jdbc.sql("SELECT health FROM projects_project WHERE id = :id").param("id", project).query(String.class)
			.optional().orElse(null);
	}

	private String name(long project) {
		return jdbc.sql("SELECT name FROM projects_project WHERE id = :id").param("id", project).query(String.class).single();
	}

	private long version(long project) {
		return jdbc.sql("SELECT version FROM projects_project WHERE id = :id").param("id", project).query(Long.class).single();
	}
}
