package org.hutong.projects.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.task.TaskFixtures;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/v1/time-entries}: rd logs, changes (a stale If-Match 409) and removes hours on a task of
 * a project rd works on; every refusal is 400 naming its field — an observer, an ended project, hours
 * over 24, a person's day over 24 across two tasks (also when two saves race), a day to come; someone
 * else's entry is not found, the project's manager reads the team's; rates never appear.
 */
@HutongTest
class TimeEntryApiTests {

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

	long task;

	long other;

	LocalDate today;

	/** Days a year back are free of the demo's hours (three months), so a day's total is the test's own. */
	@BeforeEach
	void setUp() throws Exception {
		fixtures = new TaskFixtures(mvc, userDetails, tokens, jdbc);
		project = fixtures.project("工时项目");
		task = fixtures.task(project, "控制器接线", "");
		other = fixtures.task(project, "型式试验准备", "");
		today = LocalDate.now(EnterpriseZone.DEFAULT);
	}

	@Test
	void aMemberLogsChangesAndRemovesHoursAndAStaleVersionIsAConflict() throws Exception {
		String rd = fixtures.token("rd");
		String json = log(rd, task, today, "3.5", "接线与自检").andExpect(status().isCreated())
			.andExpect(jsonPath("$.hours").value(3.5)).andExpect(jsonPath("$.projectId").value(project))
			.andExpect(jsonPath("$.userName").value("张伟")).andExpect(jsonPath("$.rate").doesNotExist())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();
		mvc.perform(put("/api/v1/time-entries/{id}", id).header("Authorization", rd).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content(body(task, today, "4", null)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.hours").value(4)).andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/time-entries/{id}", id).header("Authorization", rd).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content(body(task, today, "5", null)))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/time-entries").header("Authorization", rd).param("task", String.valueOf(task)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].hours").value(4));
		mvc.perform(get("/api/v1/time-entries/{id}", id).header("Authorization", fixtures.token("sales")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/time-entries/{id}", id).header("Authorization", fixtures.token("admin")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/time-entries").header("Authorization", fixtures.token("admin"))
			.param("project", String.valueOf(project))).andExpect(jsonPath("$.items.length()").value(1));
		mvc.perform(get("/api/v1/time-entries").header("Authorization", fixtures.token("admin")))
			.andExpect(jsonPath("$.items[?(@.id == %d)]".formatted(id)).isEmpty());
		mvc.perform(delete("/api/v1/time-entries/{id}", id).header("Authorization", fixtures.token("admin")))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/time-entries/{id}", id).header("Authorization", rd).header("If-Match", "\"1\""))
			.andExpect(status().isNoContent());
		assertThat(count(task)).isZero();
	}

	@Test
	void everyRefusalNamesItsFieldAndSavesNothing() throws Exception {
		String rd = fixtures.token("rd");
		refused(log(rd, task, today, "24.5", null), "hours");
		refused(log(rd, task, today, "-1", null), "hours");
		refused(log(rd, task, today.plusDays(1), "2", null), "day");
		refused(log(fixtures.token("sales"), task, today, "2", null), "taskId");
		refused(log(fixtures.token("sales2"), task, today, "2", null), "taskId");
		LocalDate quiet = today.minusYears(1);
		log(rd, task, quiet, "14", null).andExpect(status().isCreated());
		refused(log(rd, other, quiet, "10.5", null), "hours");
		log(rd, other, quiet, "10", null).andExpect(status().isCreated());
		jdbc.sql("UPDATE projects_project SET status = 'CLOSED' WHERE id = :id").param("id", project).update();
		refused(log(rd, task, today, "1", null), "taskId");
		assertThat(count(task) + count(other)).isEqualTo(2);
	}

	@Test
	void twoSavesRacingOverOnePersonsDayCannotPassTwentyFourHours() throws Exception {
		String rd = fixtures.token("rd");
		LocalDate day = today.minusYears(1).minusDays(3);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Integer>> saves = new ArrayList<>();
			saves.add(() -> log(rd, task, day, "13", null).andReturn().getResponse().getStatus());
			saves.add(() -> log(rd, other, day, "13", null).andReturn().getResponse().getStatus());
			List<Integer> answers = new ArrayList<>();
			for (Future<Integer> answer : pool.invokeAll(saves)) {
				answers.add(answer.get());
			}
			assertThat(answers).containsExactlyInAnyOrder(201, 400);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT SUM(hours) FROM projects_time_entry WHERE user_id = :u AND work_day = :d")
			.param("u", fixtures.user("rd")).param("d", day).query(java.math.BigDecimal.class).single())
			.isEqualByComparingTo("13");
	}

	private org.springframework.test.web.servlet.ResultActions log(String token, long taskId, LocalDate day, String hours,
			String note) throws Exception {
		return mvc.perform(post("/api/v1/time-entries").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content(body(taskId, day, hours, note)));
	}

	private static String body(long taskId, LocalDate day, String hours, String note) {
		return "{\"taskId\": %d, \"day\": \"%s\", \"hours\": %s%s}".formatted(taskId, day, hours,
				note == null ? "" : ", \"note\": \"" + note + "\"");
	}

	private static void refused(org.springframework.test.web.servlet.ResultActions answer, String field) throws Exception {
		answer.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors." + field).exists());
	}

	private long count(long taskId) {
		return jdbc.sql("SELECT COUNT(*) FROM projects_time_entry WHERE task_id = :t").param("t", taskId).query(Long.class).single();
	}
}
