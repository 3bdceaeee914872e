package org.hutong.projects.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.hutong.HutongTest;
import org.hutong.identity.token.ApiTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The morning reminder tells each assignee of an open task due today or tomorrow, once however often it
 * runs; a task due later, a done task and a task of a paused project tell nobody.
 */
@HutongTest
class TaskDueRemindersTests {

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
	TaskDueReminders reminders;

	TaskFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new TaskFixtures(mvc, userDetails, tokens, jdbc);
	}

	@Test
	void assigneesOfOpenTasksDueTodayOrTomorrowAreRemindedOnce() throws Exception {
		long project = fixtures.project("到期提醒");
		String rd = "\"assigneeIds\": [%d], \"dueDate\": \"%%s\"".formatted(fixtures.user("rd"));
		long today = fixtures.task(project, "今天到期", rd.formatted(TODAY));
		long tomorrow = fixtures.task(project, "明天到期", rd.formatted(TODAY.plusDays(1)));
		long later = fixtures.task(project, "后天到期", rd.formatted(TODAY.plusDays(2)));
		long paused = fixtures.project("暂停的项目");
		long onPaused = fixtures.task(paused, "暂停项目的任务", rd.formatted(TODAY));
		jdbc.sql("UPDATE projects_project SET status = 'PAUSED' WHERE id = :id").param("id", paused).update();

		reminders.runAll();
		reminders.runAll();

		await().atMost(Duration.ofSeconds(15)).until(() -> notices(today, TODAY) == 1 && notices(tomorrow, TODAY.plusDays(1)) == 1);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> notices(today, TODAY) == 1);
		assertThat(notices(later, TODAY.plusDays(2))).isZero();
		assertThat(notices(onPaused, TODAY)).isZero();
	}

	private long notices(long task, LocalDate due) {
		return jdbc.sql("SELECT COUNT(*) FROM notifications_notification WHERE source_key = :key")
			.param("key", "task:" + task + ":due:" + due).query(Long.class).single();
	}
}
