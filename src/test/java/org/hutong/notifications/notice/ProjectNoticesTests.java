package org.hutong.notifications.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.notifications.NotificationFixtures;
import org.hutong.projects.BudgetThresholdCrossed;
import org.hutong.projects.TaskAssigned;
import org.hutong.projects.TaskDueSoon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A task given to someone tells them once however often the event is delivered, from whoever gave it,
 * linking to the task, in either language; a task one takes oneself tells nobody. A task due soon reminds
 * its assignee once per due day; a budget warning tells the manager once per threshold.
 */
@HutongTest
class ProjectNoticesTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	MockMvc mvc;

	NotificationFixtures fixtures;

	long tenant;

	long rd;

	long manager;

	@BeforeEach
	void setUp() {
		fixtures = new NotificationFixtures(events, transactions, jdbc, new TestUsers(userDetails));
		tenant = fixtures.user("demo", "rd").tenantId();
		rd = fixtures.id("demo", "rd");
		manager = fixtures.id("demo", "manager");
	}

	@Test
	void anAssignmentTellsTheAssigneeOnceEvenWhenReplayedAndATaskTakenOneselfNobody() throws Exception {
		long task = NotificationFixtures.nextId();
		long project = NotificationFixtures.nextId();
		TaskAssigned assigned = new TaskAssigned(tenant, task, project, "智能配变终端 TTU 二代", "温升试验准备 " + task, rd, manager,
				LocalDate.now().plusDays(3), Instant.now());
		fixtures.publish(assigned);
		fixtures.publish(assigned);

		String key = "task:" + task + ":assigned";
		await().atMost(Duration.ofSeconds(10)).until(() -> rows(key).size() == 1);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> rows(key).size() == 1);
		Map<String, Object> notice = rows(key).get(0);
		assertThat(notice.get("kind")).isEqualTo("TASK_ASSIGNED");
		assertThat(((Number) notice.get("recipient_id")).longValue()).isEqualTo(rd);
		assertThat(((Number) notice.get("actor_id")).longValue()).isEqualTo(manager);
		assertThat(notice.get("excerpt")).isEqualTo("智能配变终端 TTU 二代 · 温升试验准备 " + task);
		assertThat(inbox("zh-CN")).contains("给你分配了一项任务").contains("/projects/tasks/" + task);
		assertThat(inbox("en")).contains("gave you a task");

		long own = NotificationFixtures.nextId();
		fixtures.publish(new TaskAssigned(tenant, own, project, "智能配变终端 TTU 二代", "自己的任务", rd, rd, null, Instant.now()));
		long other = NotificationFixtures.nextId();
		fixtures.publish(new TaskAssigned(tenant, other, project, "智能配变终端 TTU 二代", "别人的任务", rd, manager, null,
				Instant.now()));
		await().atMost(Duration.ofSeconds(10)).until(() -> rows("task:" + other + ":assigned").size() == 1);
		assertThat(rows("task:" + own + ":assigned")).isEmpty();
	}

	@Test
	void aTaskDueSoonRemindsItsAssigneeOncePerDueDayAndABudgetWarningTellsTheManagerOncePerThreshold() throws Exception {
		long task = NotificationFixtures.nextId();
		long project = NotificationFixtures.nextId();
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		TaskDueSoon due = new TaskDueSoon(tenant, task, project, "智能配变终端 TTU 二代", "温升试验报告 " + task, rd, tomorrow,
				Instant.now());
		fixtures.publish(due);
		fixtures.publish(due);
		String dueKey = "task:" + task + ":due:" + tomorrow;
		await().atMost(Duration.ofSeconds(10)).until(() -> rows(dueKey).size() == 1);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> rows(dueKey).size() == 1);
		assertThat(rows(dueKey).get(0).get("kind")).isEqualTo("TASK_DUE");
		assertThat(inbox("zh-CN")).contains("任务将于").contains("/projects/tasks/" + task);
		assertThat(inbox("en")).contains("A task of yours is due");

		BudgetThresholdCrossed crossed = new BudgetThresholdCrossed(tenant, project, "智能配变终端 TTU 二代", rd, null, null, 80,
				new BigDecimal("100000"), new BigDecimal("81000"), Instant.now());
		fixtures.publish(crossed);
		fixtures.publish(crossed);
		String budgetKey = "budget:" + project + ":total:80";
		await().atMost(Duration.ofSeconds(10)).until(() -> rows(budgetKey).size() == 1);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> rows(budgetKey).size() == 1);
		assertThat(rows(budgetKey).get(0).get("excerpt")).isEqualTo("智能配变终端 TTU 二代 · 80 %");
		assertThat(inbox("zh-CN")).contains("项目预算已用到预警线").contains("/projects/" + project + "/budget");

		long gate = NotificationFixtures.nextId();
		org.hutong.projects.HoldEnds hold = new org.hutong.projects.HoldEnds(tenant, gate, project, "智能配变终端 TTU 二代", "样机试制",
				rd, LocalDate.now(), Instant.now());
		fixtures.publish(hold);
		fixtures.publish(hold);
		String holdKey = "project:" + project + ":hold:" + gate;
		await().atMost(Duration.ofSeconds(10)).until(() -> rows(holdKey).size() == 1);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> rows(holdKey).size() == 1);
		assertThat(inbox("zh-CN")).contains("项目暂停将于").contains("href=\"/projects/" + project + "\"");
		assertThat(inbox("en")).contains("hold ends");
	}

	private List<Map<String, Object>> rows(String sourceKey) {
		return jdbc.queryForList("SELECT * FROM notifications_notification WHERE tenant_id = ? AND source_key = ?", tenant,
				sourceKey);
	}

	private String inbox(String language) throws Exception {
		return mvc.perform(get("/notifications").header("Accept-Language", language).param("lang", language)
			.with(new TestUsers(userDetails).as("demo", "rd"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
