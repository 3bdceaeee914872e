package org.hutong.projects.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.TaskAssigned;
import org.hutong.projects.TaskCompleted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/v1/.../tasks}: create, get, replace and change with If-Match, refusals by field, moves
 * between and within columns, who may do what — member, observer, assignee, non-member, another
 * enterprise — and the caller's open tasks by when they are due.
 */
@HutongTest
@RecordApplicationEvents
class TaskApiTests {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	ApplicationEvents events;

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
	void aMemberCreatesATaskInTheFirstColumnForMembersAndEachNewAssigneeIsTold() throws Exception {
		long project = fixtures.project("任务接口");
		long rd = fixtures.user("rd");
		long admin = fixtures.user("admin");
		String body = """
				{"title": "样机结构装配", "assigneeIds": [%d, %d], "startDate": "%s", "dueDate": "%s", "plannedHours": 16,
				 "priority": "HIGH", "description": "按图纸装配"}""".formatted(rd, admin, TODAY, TODAY.plusDays(5));
		String location = mvc.perform(post("/api/v1/projects/{id}/tasks", project).header("Authorization", fixtures.token("rd"))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.columnName").value("未开始")).andExpect(jsonPath("$.category").value("OPEN"))
			.andExpect(jsonPath("$.assignees[*].name").value(contains("张伟", fixtures.name("admin"))))
			.andExpect(jsonPath("$.plannedHours").value(16)).andExpect(jsonPath("$.mayEdit").value(true))
			.andReturn().getResponse().getHeader("Location");
		long task = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		long tenant = new TestUsers(userDetails).load("demo", "rd").tenantId();
		assertThat(events.stream(TaskAssigned.class).filter(e -> e.taskId() == task))
			.extracting(TaskAssigned::assigneeId).containsExactly(rd, admin);
		assertThat(events.stream(TaskAssigned.class).filter(e -> e.taskId() == task))
			.allSatisfy(e -> assertThat(e.tenantId()).isEqualTo(tenant));

		// the observer reads it but may not change it; a non-member and another enterprise do not find it
		mvc.perform(get(location).header("Authorization", fixtures.token("sales"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.mayEdit").value(false)).andExpect(jsonPath("$.mayMove").value(false));
		mvc.perform(put(location).header("Authorization", fixtures.token("sales")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"改\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/projects/{id}/tasks", project).header("Authorization", fixtures.token("sales"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"观察者的任务\"}")).andExpect(status().isForbidden());
		mvc.perform(get(location).header("Authorization", fixtures.token("sales2"))).andExpect(status().isNotFound());
		mvc.perform(get(location).header("Authorization", fixtures.token("demo2", "admin"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/projects/{id}/tasks", project).header("Authorization", fixtures.token("demo2", "admin")))
			.andExpect(status().isNotFound());

		// replace with the current version; a stale If-Match is a conflict; a change keeps what it does not name
		mvc.perform(put(location).header("Authorization", fixtures.token("rd")).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"title": "样机结构装配（二次）", "assigneeIds": [%d], "dueDate": "%s", "priority": "LOW"}""".formatted(rd,
					TODAY.plusDays(7))))
			.andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.assignees.length()").value(1)).andExpect(jsonPath("$.startDate").isEmpty());
		mvc.perform(put(location).header("Authorization", fixtures.token("rd")).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"过期的修改\"}")).andExpect(status().isConflict());
		mvc.perform(patch(location).header("Authorization", fixtures.token("rd")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"priority\": \"HIGH\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("样机结构装配（二次）")).andExpect(jsonPath("$.priority").value("HIGH"))
			.andExpect(jsonPath("$.dueDate").value(TODAY.plusDays(7).toString()));
		assertThat(events.stream(TaskAssigned.class).filter(e -> e.taskId() == task)).as("nobody new on it").hasSize(2);

		// a POST sent again with its Idempotency-Key makes nothing twice
		String key = "task-" + task;
		String caller = fixtures.token("rd");
		String once = """
				{"title": "只建一次"}""";
		String first = mvc.perform(post("/api/v1/projects/{id}/tasks", project).header("Authorization", caller)
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(once))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		String again = mvc.perform(post("/api/v1/projects/{id}/tasks", project).header("Authorization", caller)
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(once))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		assertThat(again).isEqualTo(first);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM projects_task WHERE project_id = :p AND title = '只建一次'")
			.param("p", project).query(Long.class).single()).isEqualTo(1);
		String spec = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(spec).contains("/api/v1/tasks/{id}/move").contains("/api/v1/projects/{id}/tasks").contains("/api/v1/tasks/mine");
	}

	@Test
	void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
		long project = fixtures.project("任务校验");
		long other = fixtures.project("别的项目");
		long otherPhase = jdbc.sql("SELECT id FROM projects_phase WHERE project_id = :p ORDER BY position LIMIT 1")
			.param("p", other).query(Long.class).single();
		String rd = fixtures.token("rd");
		String body = """
				{"title": " ", "startDate": "%s", "dueDate": "%s", "plannedHours": -2, "assigneeIds": [%d]}"""
			.formatted(TODAY, TODAY.minusDays(1), fixtures.user("manager"));
		mvc.perform(post("/api/v1/projects/{id}/tasks", project).header("Authorization", rd)
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.title").value("必填"))
			.andExpect(jsonPath("$.errors.plannedHours").value("工时不能小于 0"));
		mvc.perform(post("/api/v1/projects/{id}/tasks", project).header("Authorization", rd)
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"title": "倒排", "startDate": "%s", "dueDate": "%s", "assigneeIds": [%d], "phaseId": %d}"""
				.formatted(TODAY, TODAY.minusDays(1), fixtures.user("manager"), otherPhase)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.assigneeIds").value("负责人须是这个项目的成员（观察者除外）"))
			.andExpect(jsonPath("$.errors.phaseId").exists());
		mvc.perform(post("/api/v1/projects/{id}/tasks", project).header("Authorization", rd)
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"title": "倒排", "startDate": "%s", "dueDate": "%s"}""".formatted(TODAY, TODAY.minusDays(1))))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.dueDate").value("截止日期不能早于开始日期"));
		mvc.perform(post("/api/v1/projects/{id}/tasks", project).header("Authorization", rd)
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"别的看板\", \"columnId\": %d}"
				.formatted(fixtures.columns(other).get(0))))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.columnId").exists());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM projects_task WHERE project_id = :p").param("p", project)
			.query(Long.class).single()).isZero();

		long task = fixtures.task(project, "好的任务", "");
		mvc.perform(patch("/api/v1/tasks/{id}", task).header("Authorization", rd).contentType(MediaType.APPLICATION_JSON)
			.content("{\"startDate\": \"%s\", \"dueDate\": \"%s\"}".formatted(TODAY, TODAY.minusDays(3))))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.dueDate").exists());
		mvc.perform(get("/api/v1/tasks/{id}", task).header("Authorization", rd)).andExpect(jsonPath("$.dueDate").isEmpty())
			.andExpect(header().string("ETag", "\"0\""));
	}

	@Test
	void cardsMoveBetweenAndWithinColumnsAStaleMoveIsAConflictAndReachingDoneIsTold() throws Exception {
		long project = fixtures.project("任务移动");
		List<Long> columns = fixtures.columns(project);
		long first = fixtures.task(project, "一", "");
		long second = fixtures.task(project, "二", "");
		long third = fixtures.task(project, "三", "");
		String rd = fixtures.token("rd");
		move(rd, third, columns.get(0), 0, 0).andExpect(status().isOk()).andExpect(jsonPath("$.position").value(0));
		mvc.perform(get("/api/v1/projects/{id}/tasks", project).param("column", columns.get(0).toString())
			.header("Authorization", rd)).andExpect(jsonPath("$.items[*].position").value(contains(0, 2, 1)))
			.andExpect(jsonPath("$.items[*].title").value(contains("三", "二", "一")));
		move(rd, first, columns.get(3), 0, 0).andExpect(status().isOk()).andExpect(jsonPath("$.category").value("DONE"))
			.andExpect(jsonPath("$.columnName").value("已完成")).andExpect(jsonPath("$.version").value(1));
		assertThat(events.stream(TaskCompleted.class).filter(e -> e.taskId() == first)).singleElement();
		move(rd, first, columns.get(1), 0, 0).andExpect(status().isConflict());
		move(rd, first, fixtures.columns(fixtures.project("别处")).get(0), 0, 1).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.columnId").exists());
		assertThat(jdbc.sql("SELECT position FROM projects_task WHERE id IN (:ids) ORDER BY position")
			.param("ids", List.of(second, third)).query(Integer.class).list()).containsExactly(0, 1);

		// the observer may not move; a member turned observer still moves the task given to them, but not edits it
		move(fixtures.token("sales"), second, columns.get(1), 0, 0).andExpect(status().isForbidden());
		fixtures.member("/api/v1/projects/" + project, "sales2", "MEMBER");
		mvc.perform(patch("/api/v1/tasks/{id}", second).header("Authorization", rd).contentType(MediaType.APPLICATION_JSON)
			.content("{\"assigneeIds\": [%d]}".formatted(fixtures.user("sales2")))).andExpect(status().isOk());
		fixtures.member("/api/v1/projects/" + project, "sales2", "OBSERVER");
		String sales2 = fixtures.token("sales2");
		move(sales2, second, columns.get(1), 0, 1).andExpect(status().isOk()).andExpect(jsonPath("$.columnName").value("进行中"))
			.andExpect(jsonPath("$.mayEdit").value(false));
		mvc.perform(patch("/api/v1/tasks/{id}", second).header("Authorization", sales2)
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"改名\"}")).andExpect(status().isForbidden());
		move(sales2, third, columns.get(1), 0, 0).andExpect(status().isForbidden());
	}

	@Test
	void myTasksAreMyOpenTasksByWhenTheyAreDueFromTheProjectsISee() throws Exception {
		long project = fixtures.project("我的任务");
		long rd = fixtures.user("rd");
		String mine = "\"assigneeIds\": [" + rd + "], \"dueDate\": \"%s\"";
		LocalDate nextMonday = TODAY.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		long overdue = fixtures.task(project, "逾期的", mine.formatted(TODAY.minusDays(2)));
		long today = fixtures.task(project, "今天的", mine.formatted(TODAY));
		long later = fixtures.task(project, "以后的", mine.formatted(nextMonday.plusDays(10)));
		long week = fixtures.task(project, "本周的", mine.formatted(nextMonday.minusDays(1)));
		long undated = fixtures.task(project, "没日期的", "\"assigneeIds\": [" + rd + "]");
		long done = fixtures.task(project, "做完的", mine.formatted(TODAY.minusDays(1)) + ", \"columnId\": "
				+ fixtures.columns(project).get(3));
		long others = fixtures.task(project, "别人的", "\"assigneeIds\": [%d], \"dueDate\": \"%s\"".formatted(fixtures.user("admin"), TODAY));
		String token = fixtures.token("rd");
		var result = mvc.perform(get("/api/v1/tasks/mine").header("Authorization", token)).andExpect(status().isOk())
			.andExpect(jsonPath("$.overdue[*].id").value(hasItem((int) overdue)))
			.andExpect(jsonPath("$.today[*].id").value(hasItem((int) today)))
			.andExpect(jsonPath("$.later[*].id").value(hasItem((int) later)))
			.andExpect(jsonPath("$.later[*].id").value(hasItem((int) undated)))
			.andExpect(jsonPath("$..id").value(not(hasItem((int) done))))
			.andExpect(jsonPath("$..id").value(not(hasItem((int) others))))
			.andExpect(jsonPath("$.overdue[?(@.id == %d)].overdue".formatted(overdue)).value(contains(true)));
		if (nextMonday.minusDays(1).isAfter(TODAY)) {
			result.andExpect(jsonPath("$.thisWeek[*].id").value(hasItem((int) week)));
		}
		// off the project (outside rd's scope), its tasks leave 我的任务 though still given to rd
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.delete("/api/v1/projects/{id}/members/{user}", project, rd).header("Authorization", fixtures.token("admin")))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/tasks/mine").header("Authorization", token))
			.andExpect(jsonPath("$..id").value(not(hasItem((int) overdue))));
		mvc.perform(get("/api/v1/tasks/{id}", overdue).header("Authorization", token)).andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.ResultActions move(String token, long task, long column, int position,
			long version) throws Exception {
		return mvc.perform(post("/api/v1/tasks/{id}/move", task).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"columnId\": %d, \"position\": %d, \"version\": %d}".formatted(column, position, version)));
	}
}
