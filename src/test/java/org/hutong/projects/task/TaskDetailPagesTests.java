package org.hutong.projects.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.token.ApiTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The task page's 子任务 and 检查项: added and ticked through htmx (the section back), refused by field
 * (422), a parent kept from 已完成 while a subtask is open, the board card's "检查项 1/2", an observer
 * reading only and a stranger seeing nothing.
 */
@HutongTest
class TaskDetailPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	TaskFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new TaskFixtures(mvc, userDetails, tokens, jdbc);
	}

	@Test
	void subtasksShowTheirProgressAndKeepTheParentFromDoneWhileOpen() throws Exception {
		long project = fixtures.project("子任务页");
		long parent = fixtures.task(project, "整机装配", "");
		List<Long> columns = fixtures.columns(project);
		String section = htmx(post("/projects/tasks/{id}/subtasks", parent).param("title", "装配电机"), "rd", 200);
		assertThat(section).startsWith("<section id=\"task-details\"").contains("子任务 0/1").contains("装配电机");
		htmx(post("/projects/tasks/{id}/subtasks", parent).param("title", "装配外壳"), "rd", 200);
		assertThat(htmx(post("/projects/tasks/{id}/subtasks", parent).param("title", " "), "rd", 422))
			.contains("请填写子任务标题");
		long motor = jdbc.sql("SELECT id FROM projects_task WHERE parent_id = :parent AND title = '装配电机'")
			.param("parent", parent).query(Long.class).single();
		assertThat(htmx(post("/projects/tasks/{id}/subtasks", motor).param("title", "孙任务"), "rd", 422))
			.contains("子任务下不能再建子任务");

		String refused = mvc.perform(post("/projects/tasks/{id}/move", parent).with(csrf()).with(as("rd")).header("X-Board", "1")
			.param("columnId", columns.get(3).toString())).andExpect(status().isUnprocessableContent()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("还有子任务未完成");
		assertThat(jdbc.sql("SELECT category FROM projects_task WHERE id = :id").param("id", parent).query(String.class)
			.single()).isEqualTo("OPEN");

		mvc.perform(post("/projects/tasks/{id}/move", motor).with(csrf()).with(as("rd")).header("X-Board", "1")
			.param("columnId", columns.get(3).toString())).andExpect(status().isNoContent());
		assertThat(page(parent, "rd")).contains("子任务 1/2");
		long shell = jdbc.sql("SELECT id FROM projects_task WHERE parent_id = :parent AND title = '装配外壳'")
			.param("parent", parent).query(Long.class).single();
		mvc.perform(post("/projects/tasks/{id}/move", shell).with(csrf()).with(as("rd")).header("X-Board", "1")
			.param("columnId", columns.get(4).toString())).andExpect(status().isNoContent());
		mvc.perform(post("/projects/tasks/{id}/move", parent).with(csrf()).with(as("rd")).header("X-Board", "1")
			.param("columnId", columns.get(3).toString())).andExpect(status().isNoContent());
		assertThat(page(motor, "rd")).contains("上级任务").contains("整机装配").doesNotContain("添加子任务");
	}

	@Test
	void checklistItemsKeepTheirOrderAreTickedAndCountedOnTheCard() throws Exception {
		long project = fixtures.project("检查项页");
		long task = fixtures.task(project, "图纸评审", "\"assigneeIds\": [%d]".formatted(fixtures.user("rd")));
		htmx(post("/projects/tasks/{id}/checks", task).param("text", "尺寸标注"), "rd", 200);
		htmx(post("/projects/tasks/{id}/checks", task).param("text", "公差"), "rd", 200);
		assertThat(htmx(post("/projects/tasks/{id}/checks", task).param("text", "长".repeat(201)), "rd", 422))
			.contains("检查项最多 200 个字");
		List<Long> items = jdbc.sql("SELECT id FROM projects_task_check WHERE task_id = :task ORDER BY position")
			.param("task", task).query(Long.class).list();
		assertThat(items).hasSize(2);
		String ticked = htmx(post("/projects/tasks/{id}/checks/{check}", task, items.get(1)).param("done", "true"), "rd", 200);
		assertThat(ticked).contains("检查项 1/2");
		assertThat(ticked.indexOf("尺寸标注")).isLessThan(ticked.indexOf("公差"));
		String board = mvc.perform(get("/projects/{id}/board", project).with(as("rd"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(board).contains("检查项 1/2");

		String observer = page(task, "sales");
		assertThat(observer).contains("尺寸标注").doesNotContain("name=\"text\"").doesNotContain("type=\"checkbox\"");
		mvc.perform(post("/projects/tasks/{id}/checks/{check}", task, items.get(0)).param("done", "true").with(csrf())
			.with(as("sales"))).andExpect(status().isForbidden());
		mvc.perform(post("/projects/tasks/{id}/checks", task).param("text", "偷加").with(csrf()).with(as("sales2")))
			.andExpect(status().isNotFound());
		htmx(post("/projects/tasks/{id}/checks/{check}/delete", task, items.get(0)), "rd", 200);
		assertThat(page(task, "rd")).contains("检查项 1/1").doesNotContain("尺寸标注");
	}

	private String htmx(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user,
			int status) throws Exception {
		return mvc.perform(request.with(csrf()).with(as(user)).header("HX-Request", "true"))
			.andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).strip();
	}

	private String page(long task, String user) throws Exception {
		return mvc.perform(get("/projects/tasks/{id}", task).with(as(user))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
