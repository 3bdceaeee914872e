package org.hutong.feed.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.GatePassed;
import org.hutong.projects.task.TaskFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts and comments on a 项目 and on its 任务 are for whoever may see the project — members, observers —
 * and nobody else, in this enterprise or another; a gate passed and a milestone reached post on the
 * project's feed once.
 */
@HutongTest
class ProjectSubjectTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	TaskFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new TaskFixtures(mvc, userDetails, tokens, jdbc);
	}

	@Test
	void aPostOnAProjectOrItsTaskIsForThoseWhoMaySeeTheProject() throws Exception {
		long project = fixtures.project("讨论");
		long task = fixtures.task(project, "讨论的任务", "");
		String onProject = "方案讨论 " + ThreadLocalRandom.current().nextInt(1_000_000);
		String onTask = "任务讨论 " + ThreadLocalRandom.current().nextInt(1_000_000);
		publish(onProject, "project:" + project, "rd").andExpect(status().is3xxRedirection());
		publish(onTask, "task:" + task, "rd").andExpect(status().is3xxRedirection());

		assertThat(feed("project:" + project, "admin")).contains(onProject);
		assertThat(feed("project:" + project, "sales")).as("an observer reads it").contains(onProject);
		assertThat(feed("task:" + task, "admin")).contains(onTask);
		assertThat(page("/projects/" + project, "rd")).contains("/feed?subject=project:" + project);
		assertThat(page("/projects/tasks/" + task, "rd")).contains("/feed?subject=task:" + task);

		mvc.perform(get("/feed").param("subject", "project:" + project).with(as("demo", "sales2")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/feed").param("subject", "task:" + task).with(as("demo", "sales2")))
			.andExpect(status().isNotFound());
		assertThat(page("/feed", "sales2")).doesNotContain(onProject).doesNotContain(onTask);
		publish("越权", "project:" + project, "sales2")
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404, 422));
		mvc.perform(get("/feed").param("subject", "project:" + project).with(as("demo2", "admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMilestoneReachedPostsOnTheProjectOnce() throws Exception {
		long project = fixtures.project("里程碑动态");
		String admin = fixtures.token("admin");
		LocalDate due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
		String created = mvc.perform(post("/api/v1/projects/{id}/milestones", project).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"样机下线\", \"dueOn\": \"%s\"}".formatted(due)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		long milestone = ((Number) JsonPath.read(created, "$.id")).longValue();
		mvc.perform(post("/api/v1/milestones/{id}/reach", milestone).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"样机已下线\"}")).andExpect(status().isOk());

		await().atMost(Duration.ofSeconds(20)).until(() -> posts(milestone) == 1);
		assertThat(feed("project:" + project, "rd")).contains("达成里程碑「样机下线」");
		assertThat(page("/feed", "sales2")).doesNotContain("达成里程碑「样机下线」");
	}

	@Test
	void aGatePassedPostsOnTheProjectOnceHoweverOftenItIsDelivered() throws Exception {
		long project = fixtures.project("关口动态");
		long tenant = jdbc.sql("SELECT tenant_id FROM projects_project WHERE id = :id").param("id", project)
			.query(Long.class).single();
		long gate = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
		GatePassed passed = new GatePassed(tenant, gate, project, "关口动态", 1L, "方案评审", null, false, Instant.now());
		transactions.executeWithoutResult(status -> events.publishEvent(passed));
		transactions.executeWithoutResult(status -> events.publishEvent(passed));

		await().atMost(Duration.ofSeconds(20)).until(() -> count("gatePassed:" + gate) == 1);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> count("gatePassed:" + gate) == 1);
		assertThat(feed("project:" + project, "rd")).contains("通过「方案评审」阶段评审");
	}

	private long count(String source) {
		return jdbc.sql("SELECT COUNT(*) FROM feed_post WHERE source_event = :source").param("source", source)
			.query(Long.class).single();
	}

	private long posts(long milestone) {
		return jdbc.sql("SELECT COUNT(*) FROM feed_post WHERE source_event = :source")
			.param("source", "milestoneReached:" + milestone).query(Long.class).single();
	}

	private ResultActions publish(String body, String subject, String user) throws Exception {
		return mvc.perform(post("/feed/posts").param("body", body).param("audience", "ENTERPRISE").param("subject", subject)
			.with(csrf()).with(as("demo", user)));
	}

	private String feed(String subject, String user) throws Exception {
		return mvc.perform(get("/feed").param("subject", subject).with(as("demo", user))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(String path, String user) throws Exception {
		return mvc.perform(get(path).with(as("demo", user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String tenant, String username) {
		return new TestUsers(userDetails).as(tenant, username);
	}
}
