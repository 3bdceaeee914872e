package org.hutong.projects.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.project.ProjectFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 预算科目 {@code /projects/budget-categories}: a set added with its labour category, categories added,
 * renamed, moved and archived; blank and duplicate names refused by the field (422); an edit on a
 * stale page a conflict (409); a category a budget line uses archived but not deleted, the labour one
 * neither; a project type moved to a set, its new projects following it while one already budgeted
 * keeps its set; the page for settings holders only, linked from 项目设置, and another enterprise's
 * sets not on it. Each test works on a set of its own, so the demo sets stay as they are.
 */
@HutongTest
class CategorySettingsTests {

	private static final String PAGE = "/projects/budget-categories";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	ProjectFixtures projects;

	@BeforeEach
	void setUp() {
		projects = new ProjectFixtures(mvc, userDetails, tokens, jdbc);
	}

	/** A new set of demo's with its labour category; answers its id. */
	private long set(String prefix) throws Exception {
		String name = prefix + ThreadLocalRandom.current().nextInt(1_000_000);
		mvc.perform(post(PAGE + "/sets").with(csrf()).with(as("admin")).param("name", name).param("labour", "劳务费"))
			.andExpect(status().is3xxRedirection());
		return jdbc.sql("SELECT s.id FROM projects_budget_set s JOIN tenancy_tenant t ON t.id = s.tenant_id "
				+ "WHERE t.code = 'demo' AND s.name = :name").param("name", name).query(Long.class).single();
	}

	private int version(long set) {
		return jdbc.sql("SELECT row_version FROM projects_budget_set WHERE id = :id").param("id", set).query(Integer.class)
			.single();
	}

	private List<String> names(long set) {
		return jdbc.sql("SELECT name FROM projects_budget_category WHERE set_id = :id ORDER BY position")
			.param("id", set).query(String.class).list();
	}

	private long category(long set, String name) {
		return jdbc.sql("SELECT id FROM projects_budget_category WHERE set_id = :id AND name = :name")
			.param("id", set).param("name", name).query(Long.class).single();
	}

	private void add(long set, String name) throws Exception {
		mvc.perform(post(PAGE + "/sets/{id}/categories", set).with(csrf()).with(as("admin")).param("name", name)
			.param("version", String.valueOf(version(set)))).andExpect(status().is3xxRedirection());
	}

	private String refused(MockHttpServletRequestBuilder request, int status) throws Exception {
		return mvc.perform(request.with(csrf()).with(as("admin"))).andExpect(status().is(status)).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void categoriesAreAddedRenamedMovedAndArchived() throws Exception {
		long set = set("省重点研发");
		assertThat(names(set)).containsExactly("劳务费");
		add(set, "设备费");
		add(set, "材料费");
		add(set, "测试化验加工费");
		assertThat(names(set)).containsExactly("劳务费", "设备费", "材料费", "测试化验加工费");

		long material = category(set, "材料费");
		mvc.perform(post(PAGE + "/categories/{id}/move", material).with(csrf()).with(as("admin")).param("direction", "up")
			.param("version", String.valueOf(version(set)))).andExpect(status().is3xxRedirection());
		assertThat(names(set)).containsExactly("劳务费", "材料费", "设备费", "测试化验加工费");
		mvc.perform(post(PAGE + "/categories/{id}", material).with(csrf()).with(as("admin")).param("name", "材料与燃料费")
			.param("version", String.valueOf(version(set)))).andExpect(status().is3xxRedirection());
		mvc.perform(post(PAGE + "/categories/{id}/retire", category(set, "设备费")).with(csrf()).with(as("admin"))
			.param("retired", "true").param("version", String.valueOf(version(set)))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT retired FROM projects_budget_category WHERE id = :id")
			.param("id", category(set, "设备费")).query(Boolean.class).single()).isTrue();
		mvc.perform(post(PAGE + "/categories/{id}/delete", category(set, "测试化验加工费")).with(csrf()).with(as("admin"))
			.param("version", String.valueOf(version(set)))).andExpect(status().is3xxRedirection());
		assertThat(names(set)).containsExactly("劳务费", "材料与燃料费", "设备费");

		String page = mvc.perform(get(PAGE).with(as("admin"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("材料与燃料费").contains("已归档").contains("id=\"set-" + set + "\"");
	}

	@Test
	void blankAndDuplicateNamesAreRefusedByTheFieldAndAStaleEditIsAConflict() throws Exception {
		long set = set("重复科目");
		add(set, "差旅费");
		String version = String.valueOf(version(set));
		assertThat(refused(post(PAGE + "/sets/{id}/categories", set).param("name", "  ").param("version", version), 422))
			.contains("请填写科目名称").contains("field-error");
		assertThat(refused(post(PAGE + "/sets/{id}/categories", set).param("name", "差旅费").param("version", version), 422))
			.contains("这个科目集里已有“差旅费”");
		assertThat(refused(post(PAGE + "/categories/{id}", category(set, "差旅费")).param("name", "劳务费")
			.param("version", version), 422)).contains("这个科目集里已有“劳务费”");
		String setName = jdbc.sql("SELECT name FROM projects_budget_set WHERE id = :id").param("id", set)
			.query(String.class).single();
		assertThat(refused(post(PAGE + "/sets").param("name", setName), 422)).contains("已有名为“" + setName + "”的科目集");
		assertThat(refused(post(PAGE + "/sets").param("name", ""), 422)).contains("请填写科目集名称");

		add(set, "会议费");
		assertThat(refused(post(PAGE + "/categories/{id}", category(set, "差旅费")).param("name", "国际差旅费")
			.param("version", version), 409)).contains("页面已过期");
		assertThat(names(set)).containsExactly("劳务费", "差旅费", "会议费");
	}

	@Test
	void aCategoryInUseIsArchivedNotDeletedAndTheLabourOneStays() throws Exception {
		long set = set("在用科目");
		add(set, "外协费");
		long outsourced = category(set, "外协费");
		long project = project(projects.type("NEW_PRODUCT"), "科目在用项目", false);
		jdbc.sql("INSERT INTO projects_budget (tenant_id, project_id, set_id) SELECT tenant_id, :project, id "
				+ "FROM projects_budget_set WHERE id = :set").param("project", project).param("set", set).update();
		mvc.perform(post("/api/v1/projects/{id}/budget/lines", project).header("Authorization", projects.token("rd"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"categoryId\": %d, \"amount\": 30000, \"note\": \"外协加工\"}".formatted(outsourced)))
			.andExpect(status().isCreated());

		assertThat(refused(post(PAGE + "/categories/{id}/delete", outsourced).param("version", String.valueOf(version(set))), 422))
			.contains("外协费 已被预算或费用使用，不能删除，可以归档");
		long labour = category(set, "劳务费");
		assertThat(refused(post(PAGE + "/categories/{id}/retire", labour).param("retired", "true")
			.param("version", String.valueOf(version(set))), 422)).contains("人工科目按工时计入实际");
		assertThat(refused(post(PAGE + "/categories/{id}/delete", labour).param("version", String.valueOf(version(set))), 422))
			.contains("人工科目按工时计入实际");
		mvc.perform(post(PAGE + "/categories/{id}/retire", outsourced).with(csrf()).with(as("admin")).param("retired", "true")
			.param("version", String.valueOf(version(set)))).andExpect(status().is3xxRedirection());
		assertThat(names(set)).containsExactly("劳务费", "外协费");
		mvc.perform(get("/api/v1/projects/{id}/budget", project).header("Authorization", projects.token("rd")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.lines[0].category").value("外协费"));
	}

	@Test
	void aTypeMovesToASetAndItsBudgetedProjectsKeepTheirs() throws Exception {
		long set = set("课题经费");
		String typeName = "资助课题" + ThreadLocalRandom.current().nextInt(1_000_000);
		mvc.perform(post("/projects/settings/types").with(csrf()).with(as("admin")).param("name", typeName).param("funded", "true"))
			.andExpect(status().is3xxRedirection());
		long type = jdbc.sql("SELECT p.id FROM projects_type p JOIN tenancy_tenant t ON t.id = p.tenant_id "
				+ "WHERE t.code = 'demo' AND p.name = :name").param("name", typeName).query(Long.class).single();
		long budgeted = project(type, "已编预算课题", true);
		long standard = setIdOf(budgeted);
		mvc.perform(post("/api/v1/projects/{id}/budget/lines", budgeted).header("Authorization", projects.token("rd"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"categoryId\": %d, \"amount\": 5000}".formatted(firstCategory(budgeted))))
			.andExpect(status().isCreated());
		long fresh = project(type, "新课题", true);

		mvc.perform(post(PAGE + "/types/{id}", type).with(csrf()).with(as("admin")).param("setId", String.valueOf(set)))
			.andExpect(status().is3xxRedirection());
		assertThat(setIdOf(fresh)).isEqualTo(set);
		assertThat(setIdOf(budgeted)).as("already budgeted: keeps its set").isEqualTo(standard);
		assertThat(refused(post(PAGE + "/types/{id}", type).param("setId", "0"), 422)).contains("请选择一个科目集");
		String page = mvc.perform(get(PAGE).with(as("admin"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("使用的项目类型：" + typeName);
	}

	@Test
	void onlySettingsHoldersOpenItAndAnotherEnterpriseDoesNotSeeDemosSets() throws Exception {
		long set = set("权限科目");
		String name = jdbc.sql("SELECT name FROM projects_budget_set WHERE id = :id").param("id", set).query(String.class).single();
		mvc.perform(get(PAGE).with(as("rd"))).andExpect(status().isForbidden());
		mvc.perform(post(PAGE + "/sets/{id}/categories", set).with(csrf()).with(as("rd")).param("name", "偷加"))
			.andExpect(status().isForbidden());
		assertThat(names(set)).containsExactly("劳务费");
		assertThat(mvc.perform(get("/projects/settings").with(as("admin"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("href=\"" + PAGE + "\"");
		String other = mvc.perform(get(PAGE).with(new TestUsers(userDetails).as("demo2", "admin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(other).doesNotContain(name).contains("默认科目");
		mvc.perform(post(PAGE + "/sets/{id}/categories", set).with(csrf()).with(new TestUsers(userDetails).as("demo2", "admin"))
			.param("name", "越界")).andExpect(status().isNotFound());
	}

	/** A project of rd's in 电气设计室 of the type (funded: with its grant); answers its id. */
	private long project(long type, String name, boolean funded) throws Exception {
		LocalDate start = LocalDate.now();
		String body = """
				{"name": "%s %d", "typeId": %d, "managerId": %d, "departmentId": %d, "priority": "HIGH",
				 "plannedStart": "%s", "plannedEnd": "%s"%s}
				""".formatted(name, ThreadLocalRandom.current().nextInt(1_000_000), type, projects.user("rd"),
				projects.department("电气设计室"), start, start.plusDays(99), funded ? ", \"fundedAmount\": 100000" : "");
		String location = mvc.perform(post("/api/v1/projects").header("Authorization", projects.token("rd"))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long setIdOf(long project) throws Exception {
		String json = mvc.perform(get("/api/v1/projects/{id}/budget", project).header("Authorization", projects.token("rd")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(json, "$.setId")).longValue();
	}

	private long firstCategory(long project) throws Exception {
		String json = mvc.perform(get("/api/v1/projects/{id}/budget", project).header("Authorization", projects.token("rd")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(json, "$.categories[0].id")).longValue();
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
