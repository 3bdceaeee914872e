package org.hutong.projects.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.project.ProjectFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 阶段评审 pages on a new project in 立项 (gatekeepers: the 系统管理员 role and 张伟): the project page
 * loads the section with 申请阶段评审 for the manager; a request without the deliverables is refused
 * with a message (422); the review page shows the criteria form, each gatekeeper's scores and the
 * weighted score; an unanswered must-meet comes back 422 next to it; the manager, no gatekeeper, gets
 * 403; a stale decision 409; the approval in the 审批 inbox links to the review; Go enters 方案评审 and the page shows the decision.
 */
@HutongTest
class GatePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	ProjectFixtures fixtures;

	long project;

	long phase;

	@BeforeEach
	void project() throws Exception {
		fixtures = new ProjectFixtures(mvc, userDetails, tokens, jdbc);
		String url = fixtures.create("manager", "电气设计室", "阶段评审页面");
		project = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		phase = jdbc.sql("SELECT id FROM projects_phase WHERE project_id = :p AND position = 1").param("p", project)
			.query(Long.class).single();
		jdbc.sql("INSERT INTO projects_phase_gatekeeper (tenant_id, phase_id, user_id) "
				+ "SELECT tenant_id, id, :u FROM projects_phase WHERE id = :id")
			.param("u", fixtures.user("rd")).param("id", phase).update();
	}

	@Test
	void theManagerRequestsGatekeepersScoreAndGoEntersTheNextPhase() throws Exception {
		String page = "/projects/" + project;
		assertThat(html(get(page), "manager")).contains("hx-get=\"" + page + "/gates\"");
		assertThat(html(get(page + "/gates"), "manager")).contains("申请阶段评审").contains("还没有阶段评审");
		assertThat(html(get(page + "/gates"), "rd")).doesNotContain("申请阶段评审");

		String refused = mvc.perform(post(page + "/gates").with(csrf()).with(as("manager")))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("本阶段还有必需的交付物没有提交版本：立项报告");

		jdbc.sql("UPDATE projects_deliverable SET versions = 1 WHERE project_id = :p AND phase_id = :ph")
			.param("p", project).param("ph", phase).update();
		String location = mvc.perform(post(page + "/gates").with(csrf()).with(as("manager")))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith(page + "/gates/");
		long gate = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String review = page + "/gates/" + gate;
		long request = jdbc.sql("SELECT approval_request_id FROM projects_gate WHERE id = :g").param("g", gate)
			.query(Long.class).single();
		assertThat(html(get("/approvals/" + request), "rd")).as("the inbox item links to the review")
			.contains("href=\"" + review + "\"");

		String open = html(get(review), "rd");
		assertThat(open).contains("阶段评审 · 立项").contains("市场需求明确").contains("提交评分").contains("通过（Go）")
			.contains("name=\"met[" + must() + "]\"").contains("还没有评审人打分");
		assertThat(html(get(review), "manager")).doesNotContain("提交评分").doesNotContain("name=\"outcome\"");

		String unanswered = mvc.perform(score(review, "rd", false)).andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(unanswered).contains("请回答「市场需求明确」：是或否").contains("class=\"field invalid\"");
		mvc.perform(score(review, "manager", true)).andExpect(status().isForbidden());

		mvc.perform(score(review, "rd", true)).andExpect(redirectedUrl(review));
		mvc.perform(score(review, "admin", true)).andExpect(redirectedUrl(review));
		String scored = html(get(review), "rd");
		assertThat(scored).contains("张伟").contains("加权得分 4").contains("评分意见");

		long version = jdbc.sql("SELECT version FROM projects_gate WHERE id = :g").param("g", gate)
			.query(Long.class).single();
		String noComment = mvc.perform(post(review + "/decision").param("outcome", "GO").param("comment", " ")
			.param("version", String.valueOf(version)).with(csrf()).with(as("rd")))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(noComment).contains("请写评审意见");
		mvc.perform(post(review + "/decision").param("outcome", "GO").param("comment", "同意")
			.param("version", String.valueOf(version - 1)).with(csrf()).with(as("rd")))
			.andExpect(status().isConflict());
		mvc.perform(post(review + "/decision").param("outcome", "GO").param("comment", "同意进入方案评审")
			.param("version", String.valueOf(version)).with(csrf()).with(as("rd")))
			.andExpect(redirectedUrl(review));

		assertThat(jdbc.sql("SELECT current_phase FROM projects_project WHERE id = :p").param("p", project)
			.query(String.class).single()).isEqualTo("方案评审");
		String decided = html(get(review), "manager");
		assertThat(decided).contains("评审结论").contains("同意进入方案评审").contains("通过（Go）")
			.doesNotContain("name=\"outcome\"");
		assertThat(html(get(page + "/gates"), "manager")).contains("通过（Go）").contains(review);
		mvc.perform(get(review).with(as("sales"))).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder score(String review, String username, boolean answerMust) {
		MockHttpServletRequestBuilder request = post(review + "/scores").param("comment", "评分意见");
		for (var criterion : criteria()) {
			if ("MUST".equals(criterion.kind())) {
				if (answerMust) {
					request.param("met[" + criterion.id() + "]", "true");
				}
			}
			else {
				request.param("points[" + criterion.id() + "]", "4");
			}
		}
		return request.with(csrf()).with(as(username));
	}

	record Criterion(long id, String kind) {
	}

	private List<Criterion> criteria() {
		return jdbc.sql("SELECT id, kind FROM projects_phase_criterion WHERE phase_id = :id ORDER BY position")
			.param("id", phase).query((rs, n) -> new Criterion(rs.getLong("id"), rs.getString("kind"))).list();
	}

	private long must() {
		return criteria().stream().filter(c -> "MUST".equals(c.kind())).findFirst().orElseThrow().id();
	}

	private String html(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
