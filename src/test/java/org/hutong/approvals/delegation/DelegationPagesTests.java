package org.hutong.approvals.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowForm;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.WhoMaySubmit;
import org.hutong.approvals.form.StockForms;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 审批委托 through the page and the API: set, shown to both sides, refused next to the field, ended
 * early, audited. The delegations start far ahead of today (or are removed after the test), so no
 * other test's approver is away.
 */
@HutongTest
class DelegationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Delegations delegations;

	@Autowired
	FlowManagement flows;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void removeDelegations() {
		jdbc.sql("delete from approval_delegation where reason like '页面测试%'").update();
	}

	private LocalDate ahead(int days) {
		return delegations.today().plusDays(days);
	}

	@Test
	void aDelegationIsShownToBothSidesAndAuditedAndEndsEarly() throws Exception {
		long finance = user("finance").userId();
		mvc.perform(set("rd", finance, ahead(0), ahead(2), "页面测试 出差"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/approvals/delegation"));
		assertThat(page("rd")).contains("刘洋 正在代你审批").contains("页面测试 出差").contains("结束委托");
		assertThat(page("finance")).contains("张伟 委托你在").doesNotContain("结束委托");
		assertThat(jdbc.sql("select count(*) from identity_audit_entry where action = 'APPROVALS_DELEGATED' and detail like '%刘洋%'")
			.query(Long.class).single()).isPositive();

		long id = jdbc.sql("select id from approval_delegation where reason = '页面测试 出差'").query(Long.class).single();
		mvc.perform(post("/approvals/delegation/{id}/end", id).with(csrf()).with(as("finance")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/approvals/delegation/{id}/end", id).with(csrf()).with(as("rd")))
			.andExpect(status().is3xxRedirection());
		assertThat(page("rd")).doesNotContain("正在代你审批").contains("以往委托").contains("提前结束于");
	}

	@Test
	void thePredictedRouteShowsTheDelegateOfSomeoneAway() throws Exception {
		mvc.perform(set("rd", user("finance").userId(), ahead(0), ahead(1), "页面测试 路线"))
			.andExpect(status().is3xxRedirection());
		String key = "dr-" + UUID.randomUUID().toString().substring(0, 8);
		long admin = user("admin").userId();
		TenantContext.callAs(user("admin").tenantId(), () -> transactions.execute(status -> flows.create(
				new FlowForm(key, "委托路线", null, StockForms.SEAL, WhoMaySubmit.anyone(), "WT", null, null, admin),
				new FlowDefinition(List.of(FlowNode.ApproverNode.of("n", FlowNode.Mode.ANY,
						ApproverSource.users(user("rd").userId()))), null), admin)));
		assertThat(mvc.perform(get("/approvals/new/{key}", key).with(as("sales"))).andReturn().getResponse()
			.getContentAsString()).contains("刘洋（代 张伟）");
	}

	@Test
	void whatCannotWorkIsSaidNextToTheField() throws Exception {
		long rd = user("rd").userId();
		assertRefused(set("rd", rd, ahead(100), ahead(101), "页面测试"), "不能委托给自己");
		assertRefused(set("rd", user("finance").userId(), ahead(102), ahead(100), "页面测试"), "结束日期不能早于开始日期");
		assertRefused(set("rd", user("finance").userId(), ahead(-5), ahead(-1), "页面测试"), "结束日期不能早于今天");
		mvc.perform(post("/approvals/delegation").with(csrf()).with(as("rd")).param("startsOn", "2031-13-40"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(set("rd", user("finance").userId(), ahead(100), ahead(103), "页面测试 一"))
			.andExpect(status().is3xxRedirection());
		assertRefused(set("rd", user("manager").userId(), ahead(103), ahead(104), "页面测试 二"), "这段时间已有委托");
		assertThat(page("rd")).contains(ahead(100) + " 至 " + ahead(103) + " 由 刘洋 代你审批").contains("撤销委托");
	}

	@Test
	void theApiSetsListsRefusesAndEnds() throws Exception {
		String bearer = bearer("rd");
		String body = """
				{"delegateId": %d, "startsOn": "%s", "endsOn": "%s", "reason": "页面测试 接口"}"""
			.formatted(user("finance").userId(), ahead(200), ahead(201));
		String created = mvc.perform(post("/api/v1/approval-delegations").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.delegateId").value(user("finance").userId()))
			.andExpect(jsonPath("$.activeToday").value(false))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
		mvc.perform(post("/api/v1/approval-delegations").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("delegation-refused"))
			.andExpect(jsonPath("$.errors.startsOn").exists());
		mvc.perform(get("/api/v1/approval-delegations").header("Authorization", bearer("finance")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.heldForOthers[?(@.id == " + id + ")]").exists());
		mvc.perform(post("/api/v1/approval-delegations/{id}/end", id).header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.endedAt").exists());
		mvc.perform(post("/api/v1/approval-delegations/{id}/end", id).header("Authorization", bearer("finance")))
			.andExpect(status().isNotFound());
	}

	private void assertRefused(MockHttpServletRequestBuilder request, String message) throws Exception {
		String html = mvc.perform(request).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("field-error").contains(message);
	}

	private MockHttpServletRequestBuilder set(String username, long delegateId, LocalDate from, LocalDate to,
			String reason) {
		return post("/approvals/delegation").with(csrf()).with(as(username))
			.param("delegateId", Long.toString(delegateId))
			.param("startsOn", from.toString())
			.param("endsOn", to.toString())
			.param("reason", reason);
	}

	private String page(String username) throws Exception {
		return mvc.perform(get("/approvals/delegation").with(as(username))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	private SignedInUser user(String username) {
		return new TestUsers(userDetails).load("demo", username);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}

	private String bearer(String username) {
		SignedInUser user = user(username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "delegation", 1).secret());
	}
}
