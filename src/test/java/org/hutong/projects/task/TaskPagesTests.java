package org.hutong.projects.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 任务 on the pages: the board with its columns, cards (overdue in red) and status pickers, "加载更多"
 * per column, a picked status and a dropped card (409 when stale), the form refusing by field (422), the
 * list's filters answering htmx with the rows only, the columns edited by who leads, and 我的任务.
 */
@HutongTest
class TaskPagesTests {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

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
	void theBoardShowsColumnsCardsAndPickersAndAPickedStatusMovesTheCard() throws Exception {
		long project = fixtures.project("看板页");
		long late = fixtures.task(project, "逾期的卡片", "\"assigneeIds\": [%d], \"dueDate\": \"%s\"".formatted(fixtures.user("rd"), TODAY.minusDays(3)));
		List<Long> columns = fixtures.columns(project);
		String board = html(get("/projects/{id}/board", project), "rd");
		assertThat(board).contains("<html").contains("data-task-board").contains("未开始").contains("待验证").contains("已取消")
			.contains("逾期的卡片").contains("task-due overdue").contains("张伟").contains("name=\"columnId\"")
			.contains("/projects/" + project + "/tasks/new").doesNotContain("id=\"columns\"");
		// the observer reads the board without pickers or a new-task button
		String observer = html(get("/projects/{id}/board", project), "sales");
		assertThat(observer).contains("逾期的卡片").doesNotContain("name=\"columnId\"").doesNotContain("/tasks/new");
		mvc.perform(get("/projects/{id}/board", project).with(as("sales2"))).andExpect(status().isNotFound());

		mvc.perform(post("/projects/tasks/{id}/move", late).with(csrf()).with(as("rd"))
			.param("columnId", columns.get(1).toString()).param("version", "0"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/projects/" + project + "/board#task-" + late));
		assertThat(jdbc.sql("SELECT column_id FROM projects_task WHERE id = :id").param("id", late).query(Long.class).single())
			.isEqualTo(columns.get(1));
		String stale = mvc.perform(post("/projects/tasks/{id}/move", late).with(csrf()).with(as("rd")).header("X-Board", "1")
			.param("columnId", columns.get(2).toString()).param("position", "0").param("version", "0"))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(stale).contains("刚被别人改过");
		mvc.perform(post("/projects/tasks/{id}/move", late).with(csrf()).with(as("rd")).header("X-Board", "1")
			.param("columnId", columns.get(3).toString()).param("position", "0").param("version", "1"))
			.andExpect(status().isNoContent());
		assertThat(html(get("/projects/{id}/board", project), "rd")).doesNotContain("task-due overdue");
	}

	@Test
	void aLongColumnShowsItsFirstCardsAndLoadsTheRestOnDemandWithCountsPerColumn() throws Exception {
		long project = fixtures.project("长列");
		for (int i = 0; i < TaskSearch.CARDS + 2; i++) {
			fixtures.task(project, "卡片%02d".formatted(i), "");
		}
		String board = html(get("/projects/{id}/board", project), "rd");
		long column = fixtures.columns(project).get(0);
		assertThat(board).contains("卡片00").contains("卡片29").doesNotContain("卡片30").contains("还有 2 个")
			.contains("<small class=\"muted\">32</small>");
		String more = mvc.perform(get("/projects/{id}/board/columns/{c}", project, column).param("from", String.valueOf(TaskSearch.CARDS))
			.header("HX-Request", "true").with(as("rd"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(more).doesNotContain("<html").contains("卡片30").contains("卡片31").doesNotContain("卡片29")
			.doesNotContain("board-more");
	}

	@Test
	void theFormRefusesByFieldAndTheListFiltersAnswerHtmxWithRows() throws Exception {
		long project = fixtures.project("任务表单");
		assertThat(html(get("/projects/{id}/tasks/new", project), "rd")).contains("id=\"task-form\"").contains("name=\"assigneeIds\"")
			.contains("立项");
		String refused = mvc.perform(post("/projects/{id}/tasks", project).with(csrf()).with(as("rd")).param("title", "倒排的任务")
			.param("startDate", TODAY.toString()).param("dueDate", TODAY.minusDays(1).toString()).param("plannedHours", "-1"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("工时不能小于 0").contains("倒排的任务");
		String due = mvc.perform(post("/projects/{id}/tasks", project).with(csrf()).with(as("rd")).param("title", "倒排的任务")
			.param("startDate", TODAY.toString()).param("dueDate", TODAY.minusDays(1).toString()))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(due).contains("截止日期不能早于开始日期");
		mvc.perform(post("/projects/{id}/tasks", project).with(csrf()).with(as("rd")).param("title", "两人的任务")
			.param("assigneeIds", String.valueOf(fixtures.user("rd")), String.valueOf(fixtures.user("admin")))
			.param("priority", "HIGH")).andExpect(status().is3xxRedirection());
		fixtures.task(project, "没人的任务", "");
		mvc.perform(get("/projects/{id}/tasks/new", project).with(as("sales"))).andExpect(status().isForbidden());

		assertThat(html(get("/projects/{id}/tasks", project), "rd")).contains("<html").contains("两人的任务").contains("没人的任务");
		String rows = mvc.perform(get("/projects/{id}/tasks", project).param("assignee", String.valueOf(fixtures.user("admin")))
			.header("HX-Request", "true").with(as("rd"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(rows).doesNotContain("<html").contains("两人的任务").doesNotContain("没人的任务");
		long id = jdbc.sql("SELECT id FROM projects_task WHERE project_id = :p AND title = '两人的任务'").param("p", project)
			.query(Long.class).single();
		assertThat(html(get("/projects/tasks/{id}", id), "sales")).contains("两人的任务").contains("disabled");
	}

	@Test
	void whoLeadsTheProjectEditsItsColumnsWithinTheRules() throws Exception {
		long project = fixtures.project("看板列");
		fixtures.task(project, "占位", "");
		List<Long> columns = fixtures.columns(project);
		assertThat(html(get("/projects/{id}/board", project), "admin")).contains("id=\"columns\"");
		mvc.perform(post("/projects/{id}/board/columns", project).with(csrf()).with(as("admin")).param("name", "评审中")
			.param("category", "OPEN")).andExpect(status().is3xxRedirection());
		String taken = mvc.perform(post("/projects/{id}/board/columns/{c}", project, columns.get(1)).with(csrf()).with(as("admin"))
			.param("name", "已完成")).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(taken).contains("看板上已有同名的列");
		String full = mvc.perform(post("/projects/{id}/board/columns/{c}/retire", project, columns.get(0)).with(csrf())
			.with(as("admin"))).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(full).contains("列中还有任务");
		mvc.perform(post("/projects/{id}/board/columns/{c}/retire", project, columns.get(2)).with(csrf()).with(as("admin")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/projects/{id}/board/columns/{c}/shift", project, columns.get(4)).with(csrf()).with(as("admin"))
			.param("by", "-1")).andExpect(status().is3xxRedirection());
		List<String> names = jdbc.sql("SELECT name FROM projects_task_column WHERE project_id = :p AND active ORDER BY position")
			.param("p", project).query(String.class).list();
		assertThat(names).containsExactly("未开始", "进行中", "已取消", "已完成", "评审中");
		mvc.perform(post("/projects/{id}/board/columns", project).with(csrf()).with(as("rd")).param("name", "成员加的")
			.param("category", "OPEN")).andExpect(status().isForbidden());
	}

	@Test
	void myTasksGroupsMyOpenTasksAcrossProjects() throws Exception {
		long project = fixtures.project("我的任务页");
		String rd = "\"assigneeIds\": [%d], \"dueDate\": \"%%s\"".formatted(fixtures.user("rd"));
		fixtures.task(project, "昨天就该交的", rd.formatted(TODAY.minusDays(1)));
		fixtures.task(project, "今天要交的", rd.formatted(TODAY));
		String page = html(get("/projects/my-tasks"), "rd");
		assertThat(page).contains("我的任务").contains("已逾期").contains("今天到期").contains("昨天就该交的").contains("今天要交的")
			.contains("/projects/" + project + "/board#task-");
		assertThat(page.indexOf("昨天就该交的")).isLessThan(page.indexOf("今天要交的"));
		assertThat(html(get("/projects/my-tasks"), "sales2")).doesNotContain("昨天就该交的");
	}

	private String html(MockHttpServletRequestBuilder request, String user) throws Exception {
		return mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
