package org.hutong.projects.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A project of a thousand tasks in one chain (written straight): the chart's data comes in one
 * request with every task, and the whole chain is the critical path. What the request costs is
 * measured by the projects benchmark (P4), not here.
 */
@HutongTest
class LargeGanttTests {

	private static final int TASKS = 1000;

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

	@Test
	void aThousandTaskChainIsReadCheaply() throws Exception {
		GanttFixtures fixtures = new GanttFixtures(mvc, userDetails, tokens, jdbc, tenants, transactions);
		long project = fixtures.project("千项任务");
		Object[] row = jdbc.sql("SELECT p.tenant_id, MIN(c.id) FROM projects_project p JOIN projects_task_column c "
				+ "ON c.project_id = p.id WHERE p.id = :p GROUP BY p.tenant_id").param("p", project)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2) }).single();
		LocalDate start = LocalDate.now();
		long admin = fixtures.user("admin");
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < TASKS; i++) {
			jdbc.sql("""
					INSERT INTO projects_task (tenant_id, project_id, column_id, category, position, title, start_date,
					due_date, priority, created_by, created_at, updated_at, version)
					VALUES (:t, :p, :c, 'OPEN', :i, :title, :d, :d, 'MEDIUM', :by, :now, :now, 0)""")
				.param("t", row[0]).param("p", project).param("c", row[1]).param("i", i).param("title", "链上任务 " + i)
				.param("d", start.plusDays(i)).param("by", admin).param("now", Timestamp.from(Instant.now())).update();
			ids.add(jdbc.sql("SELECT MAX(id) FROM projects_task WHERE project_id = :p").param("p", project)
				.query(Long.class).single());
		}
		for (int i = 1; i < TASKS; i++) {
			jdbc.sql("""
					INSERT INTO projects_task_dependency (tenant_id, project_id, predecessor_id, successor_id, lag_days,
					created_by, created_at) VALUES (:t, :p, :a, :b, 0, :by, :now)""")
				.param("t", row[0]).param("p", project).param("a", ids.get(i - 1)).param("b", ids.get(i)).param("by", admin)
				.param("now", Timestamp.from(Instant.now())).update();
		}

		String json = mvc.perform(get("/projects/{id}/gantt/data", project).with(fixtures.as("rd")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		List<Object> tasks = JsonPath.read(json, "$.items[?(@.kind == 'TASK')]");
		List<Object> critical = JsonPath.read(json, "$.items[?(@.kind == 'TASK' && @.critical == true)]");
		assertThat(tasks).hasSize(TASKS);
		assertThat(critical).hasSize(TASKS);
	}
}
