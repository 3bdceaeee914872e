package org.hutong.projects.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.hutong.HutongTest;
import org.hutong.identity.token.ApiTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 里程碑 on the project page: added with what it waits for, reached automatically when its last task
 * is done and its deliverable has a version (once, a replayed event changes nothing), reached by hand
 * by the manager with a note (not by a member, not without a note), refused by field (422).
 */
@HutongTest
class MilestonePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MilestoneProgress progress;

	MilestoneFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new MilestoneFixtures(mvc, userDetails, tokens, jdbc);
	}

	@Test
	void isReachedAutomaticallyWhenTheLastTaskIsDoneAndItsDeliverableHasAVersionOnce() throws Exception {
		long project = fixtures.project("自动里程碑");
		long first = fixtures.task(project, "结构设计");
		long second = fixtures.task(project, "样机装配");
		long deliverable = fixtures.submittedDeliverable(project);
		mvc.perform(post("/projects/{id}/milestones", project).with(fixtures.as("rd")).with(csrf())
			.param("name", "样机完成").param("dueOn", LocalDate.now().plusDays(10).toString())
			.param("taskIds", String.valueOf(first), String.valueOf(second))
			.param("deliverableIds", String.valueOf(deliverable))).andExpect(status().is3xxRedirection());
		long milestone = fixtures.milestone(project, "样机完成");
		assertThat(section(project, "rd")).contains("样机完成").contains("未达成").contains("等待 2 个任务、1 个交付物");

		fixtures.complete(project, first);
		Thread.sleep(500);
		assertThat(fixtures.statusOf(milestone)).isEqualTo("OPEN");
		fixtures.complete(project, second);

		await().atMost(Duration.ofSeconds(20)).until(() -> "REACHED".equals(fixtures.statusOf(milestone)));
		String reachedAt = jdbc.sql("SELECT CAST(reached_at AS VARCHAR(64)) FROM projects_milestone WHERE id = :id").param("id", milestone)
			.query(String.class).single();
		long tenant = jdbc.sql("SELECT tenant_id FROM projects_milestone WHERE id = :id").param("id", milestone)
			.query(Long.class).single();
		progress.follow(tenant, MilestoneLink.Kind.TASK, second);
		assertThat(jdbc.sql("SELECT CAST(reached_at AS VARCHAR(64)) FROM projects_milestone WHERE id = :id").param("id", milestone)
			.query(String.class).single()).isEqualTo(reachedAt);
		assertThat(jdbc.sql("SELECT reached_by FROM projects_milestone WHERE id = :id").param("id", milestone)
			.query(Long.class).optional()).isEmpty();
		assertThat(section(project, "rd")).contains("已达成").contains("自动达成");
	}

	@Test
	void theManagerReachesOneByHandWithANoteAndAMemberCannot() throws Exception {
		long project = fixtures.project("手动里程碑");
		mvc.perform(post("/projects/{id}/milestones", project).with(fixtures.as("admin")).with(csrf())
			.param("name", "方案评审").param("dueOn", LocalDate.now().plusDays(3).toString()))
			.andExpect(status().is3xxRedirection());
		long milestone = fixtures.milestone(project, "方案评审");
		assertThat(section(project, "rd")).doesNotContain("milestone-reach");
		assertThat(section(project, "admin")).contains("标记达成");

		mvc.perform(post("/projects/{id}/milestones/{m}/reach", project, milestone).with(fixtures.as("rd")).with(csrf())
			.param("note", "我觉得可以")).andExpect(status().isForbidden());
		String refused = mvc.perform(post("/projects/{id}/milestones/{m}/reach", project, milestone)
			.with(fixtures.as("admin")).with(csrf()).param("note", " ")).andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("请说明为什么标记达成");
		assertThat(fixtures.statusOf(milestone)).isEqualTo("OPEN");

		mvc.perform(post("/projects/{id}/milestones/{m}/reach", project, milestone).with(fixtures.as("admin")).with(csrf())
			.param("note", "客户已书面确认方案")).andExpect(status().is3xxRedirection());
		assertThat(fixtures.statusOf(milestone)).isEqualTo("REACHED");
		assertThat(section(project, "sales")).contains("客户已书面确认方案").contains("标记达成").contains("已达成");
		String twice = mvc.perform(post("/projects/{id}/milestones/{m}/reach", project, milestone)
			.with(fixtures.as("admin")).with(csrf()).param("note", "再来")).andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(twice).contains("这个里程碑已经达成");
	}

	@Test
	void aBadFormIsRefusedByFieldAndAnObserverMayNotAdd() throws Exception {
		long project = fixtures.project("里程碑校验");
		long other = fixtures.project("别的项目");
		long foreign = fixtures.task(other, "别人的任务");
		String refused = mvc.perform(post("/projects/{id}/milestones", project).with(fixtures.as("rd")).with(csrf())
			.param("name", "").param("dueOn", "").param("taskIds", String.valueOf(foreign)))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("请填写里程碑名称").contains("请填写计划日期");
		String foreignTask = mvc.perform(post("/projects/{id}/milestones", project).with(fixtures.as("rd")).with(csrf())
			.param("name", "借别人的任务").param("dueOn", LocalDate.now().toString()).param("taskIds", String.valueOf(foreign)))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(foreignTask).contains("只能选择本项目的任务");
		mvc.perform(post("/projects/{id}/milestones", project).with(fixtures.as("sales")).with(csrf())
			.param("name", "观察者的").param("dueOn", LocalDate.now().toString())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM projects_milestone WHERE project_id = :p").param("p", project)
			.query(Long.class).single()).isZero();
		assertThat(section(project, "sales")).doesNotContain("milestone-form");
	}

	private String section(long project, String user) throws Exception {
		return mvc.perform(get("/projects/{id}/milestones", project).header("HX-Request", "true").with(fixtures.as(user)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
