package org.hutong.projects.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

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
 * 项目 on the pages: the portfolio replaces the placeholder, with 我的项目 and 部门项目 for a scope that
 * covers departments, its filters answering htmx with the rows only; the form refuses by field (422);
 * a new project's page shows its phase bar; members are added; the customer page's 项目 tab; settings.
 */
@HutongTest
class ProjectPagesTests {

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

	@Test
	void theProjectsTabIsThePortfolioWithMyAndDepartmentProjects() throws Exception {
		String page = html(get("/projects"), "rd");
		assertThat(page).doesNotContain("即将上线").contains("我的项目").contains("部门项目").contains("project-card")
			.contains("下个关口").contains("<table class=\"table project-table\"").contains("<html");
		// projects other tests start are in 立项 and come first: a later phase shows the demo's late gates
		assertThat(html(get("/projects").param("phase", "方案评审"), "rd")).contains("project-gate late").contains("逾期");
		assertThat(html(get("/projects").param("phase", "样机试制"), "rd")).contains("40.5 kV 环保气体绝缘开关柜")
			.doesNotContain("SF6 在线监测装置");
		String rows = mvc.perform(get("/projects").param("scope", "MINE").param("status", "PAUSED").header("HX-Request", "true")
			.with(as("rd"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(rows).doesNotContain("<html").contains("储能变流升压一体舱").doesNotContain("40.5 kV 环保气体绝缘开关柜");
		// a rep's scope covers no department: only 我的项目, and 部门项目 falls back to it
		String sales = html(get("/projects").param("scope", "DEPARTMENT"), "sales");
		assertThat(sales).doesNotContain("部门项目").contains("class=\"row-link project-card\"").doesNotContain("SF6 在线监测装置");
	}

	@Test
	void theFormRefusesByFieldAndANewProjectShowsItsPhaseBar() throws Exception {
		assertThat(html(get("/projects/new"), "manager")).contains("name=\"plannedStart\"").contains("标准研发流程");
		String blank = mvc.perform(post("/projects").with(csrf()).with(as("manager")).param("name", "")
			.param("typeId", String.valueOf(projects.type("CUSTOM"))).param("managerId", String.valueOf(projects.user("manager"))))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(blank).contains("必填").contains("id=\"project-form\"");
		String refused = mvc.perform(post("/projects").with(csrf()).with(as("manager")).param("name", "倒排的项目")
			.param("typeId", String.valueOf(projects.type("CUSTOM"))).param("managerId", String.valueOf(projects.user("manager")))
			.param("plannedStart", "2026-06-01").param("plannedEnd", "2026-05-01"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("计划结束不能早于计划开始").contains("倒排的项目");

		String name = "页面新建 " + ThreadLocalRandom.current().nextInt(1_000_000);
		LocalDate start = LocalDate.now();
		String location = mvc.perform(post("/projects").with(csrf()).with(as("manager")).param("name", name)
			.param("typeId", String.valueOf(projects.type("CUSTOM"))).param("managerId", String.valueOf(projects.user("manager")))
			.param("departmentId", String.valueOf(projects.department("电气设计室"))).param("priority", "HIGH")
			.param("plannedStart", start.toString()).param("plannedEnd", start.plusDays(59).toString()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String show = html(get(location), "manager");
		assertThat(show).contains(name).contains("id=\"phases\"").contains("立项").contains("型式试验").contains("立项报告");

		mvc.perform(post(location + "/members").with(csrf()).with(as("manager"))
			.param("userId", String.valueOf(projects.user("sales2"))).param("role", "OBSERVER"))
			.andExpect(status().is3xxRedirection());
		assertThat(html(get(location), "sales2")).contains(name).doesNotContain(location + "/edit");
		String lead = mvc.perform(post(location + "/members").with(csrf()).with(as("manager"))
			.param("userId", String.valueOf(projects.user("sales2"))).param("role", "LEAD"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(lead).contains("负责人就是项目经理");
		assertThat(html(get(location + "/edit"), "manager")).contains("name=\"status\"").doesNotContain("name=\"templateId\" >");
	}

	@Test
	void theCustomerPagesProjectsTabListsTheProjectsTheViewerMaySee() throws Exception {
		Long customer = jdbc.sql("SELECT p.customer_id FROM projects_project p JOIN tenancy_tenant t ON t.id = p.tenant_id "
				+ "WHERE t.code = 'demo' AND p.customer_id IS NOT NULL ORDER BY p.id LIMIT 1").query(Long.class).single();
		assertThat(html(get("/customers/" + customer).param("tab", "projects"), "admin")).contains("/projects/of-customer/" + customer);
		assertThat(html(get("/projects/of-customer/" + customer), "admin")).contains("许昌供电 10 kV 环网柜定制");
		assertThat(html(get("/projects/of-customer/" + customer), "sales2")).doesNotContain("许昌供电 10 kV 环网柜定制")
			.contains("还没有你能看到的研发项目");
	}

	@Test
	void settingsAddATypeAndRefuseABadCodeRuleAndTheTemplatesAreEditedOnlyByWhoKeepsTheSettings() throws Exception {
		String type = "试验平台 " + ThreadLocalRandom.current().nextInt(1000);
		mvc.perform(post("/projects/settings/types").with(csrf()).with(as("admin")).param("name", type).param("funded", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(html(get("/projects/settings"), "admin")).contains(type).contains("XM-" + LocalDate.now().getYear() + "-001");
		String taken = mvc.perform(post("/projects/settings/types").with(csrf()).with(as("admin")).param("name", "科研课题"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(taken).contains("已有同名的项目类型");
		String prefix = mvc.perform(post("/projects/settings/code").with(csrf()).with(as("admin")).param("codePrefix", "X-M")
			.param("codeDigits", "3")).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(prefix).contains("前缀为 1 到 10 位字母或数字");
		mvc.perform(get("/projects/settings").with(as("rd"))).andExpect(status().isForbidden());

		String templates = html(get("/projects/templates"), "rd");
		// the templates are read by everyone in projects and changed only by who keeps the project settings
		assertThat(templates).contains("标准研发流程").contains("简化流程").doesNotContain("/projects/templates/new");
		assertThat(html(get("/projects/templates"), "admin")).contains("/projects/templates/new");
		Long id = jdbc.sql("SELECT t.id FROM projects_template t JOIN tenancy_tenant e ON e.id = t.tenant_id "
				+ "WHERE e.code = 'demo' AND t.code = 'STANDARD'").query(Long.class).single();
		assertThat(html(get("/projects/templates/" + id), "rd")).contains("型式试验报告").contains("方案满足技术规范")
			.contains("权重 3").contains("系统管理员");
	}

	private String html(MockHttpServletRequestBuilder request, String user) throws Exception {
		return mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
