package org.hutong.approvals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hutong.HutongTest;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.inbox.InboxTab;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The inbox and a request's page: counts, fragments, approving from the list, refusals in place, hidden fields. */
@HutongTest
class ApprovalPagesTests {

	private static final Pattern TAB_COUNT = Pattern.compile("href=\"/approvals\\?tab=(\\w+)\"[^>]*data-tab-count=\"(\\d+)\"");

	private static final Pattern ITEM = Pattern.compile("data-request=\"(\\d+)\"");

	private static final Pattern NEXT_PAGE = Pattern.compile("hx-get=\"(/approvals\\?[^\"]*after=\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext beans;

	ApprovalFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new ApprovalFixtures(beans);
	}

	@Test
	void everyTabsCountIsHowManyItsListHolds() throws Exception {
		Flow flow = fixtures.expenseFlow(false, Map.of());
		long request = fixtures.submit("sales", flow, "计数 " + flow.getKey(), "出差");
		String page = html(get("/approvals"), "manager");
		Matcher counts = TAB_COUNT.matcher(page);
		int tabs = 0;
		while (counts.find()) {
			tabs++;
			InboxTab tab = InboxTab.valueOf(counts.group(1));
			assertThat(itemsOf(tab, "manager")).as(tab.name()).isEqualTo(Long.parseLong(counts.group(2)));
		}
		assertThat(tabs).isEqualTo(InboxTab.values().length);
		assertThat(html(get("/approvals").param("q", flow.getKey()), "manager")).contains("data-request=\"" + request + "\"")
			.contains("计数 " + flow.getKey())
			.contains("王芳");
		assertThat(html(get("/approvals").param("tab", "MINE").param("q", flow.getKey()), "sales"))
			.contains("data-request=\"" + request + "\"");
	}

	@Test
	void anHtmxSearchGetsOnlyTheRows() throws Exception {
		Flow flow = fixtures.expenseFlow(false, Map.of());
		long request = fixtures.submit("sales", flow, "片段 " + flow.getKey(), "出差");
		mvc.perform(get("/approvals").param("q", flow.getKey()).header("HX-Request", "true").with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-request=\"" + request + "\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("class=\"tabbar\""))));
		mvc.perform(get("/approvals").param("q", "无此审批-" + flow.getKey()).with(as("manager")))
			.andExpect(content().string(containsString("没有符合条件的审批")));
	}

	@Test
	void theManagerApprovesFromTheListAndASecondTapSaysSomeoneHandledIt() throws Exception {
		Flow flow = fixtures.expenseFlow(false, Map.of());
		long request = fixtures.submit("sales", flow, "列表同意", "出差");
		long task = fixtures.pending(request, "manager").getId();
		long version = fixtures.request(request).getVersion();
		assertThat(html(get("/approvals").param("flow", flow.getKey()), "manager"))
			.contains("action=\"/approvals/" + request + "/approve\"");
		mvc.perform(approve(request, task, version).header("HX-Request", "true").with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已同意")))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(fixtures.request(request).getStatus()).isEqualTo(ApprovalStatus.APPROVED);
		mvc.perform(approve(request, task, version).header("HX-Request", "true").with(as("manager")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已由他人处理")));
	}

	@Test
	void aStaleApproveOnThePageAnswersTheMessageInPlace() throws Exception {
		Flow flow = fixtures.expenseFlow(false, Map.of());
		long request = fixtures.submit("sales", flow, "过期版本", "出差");
		long task = fixtures.pending(request, "manager").getId();
		long seen = fixtures.request(request).getVersion();
		mvc.perform(post("/approvals/{id}/remind", request).with(csrf()).with(as("sales")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/approvals/{id}/approve", request).param("taskId", String.valueOf(task))
			.param("version", String.valueOf(seen))
			.with(csrf())
			.with(as("manager")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("审批单已被他人更新")))
			.andExpect(content().string(containsString("approval-timeline")));
		assertThat(fixtures.request(request).getStatus()).isEqualTo(ApprovalStatus.PENDING);
	}

	@Test
	void aFlowThatWantsACommentOpensTheRequestAndRefusesABareApproval() throws Exception {
		Flow flow = fixtures.expenseFlow(true, Map.of());
		long request = fixtures.submit("sales", flow, "需要意见", "出差");
		assertThat(html(get("/approvals").param("flow", flow.getKey()), "manager"))
			.doesNotContain("action=\"/approvals/" + request + "/approve\"")
			.contains("去审批");
		long task = fixtures.pending(request, "manager").getId();
		long version = fixtures.request(request).getVersion();
		mvc.perform(approve(request, task, version).with(as("manager")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("请填写审批意见")));
		mvc.perform(approve(request, task, version).param("comment", "同意报销").with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已同意")));
		assertThat(html(get("/approvals/{id}", request), "sales")).contains("同意报销").contains("已通过");
	}

	@Test
	void aHiddenFieldNeverReachesTheApproversPage() throws Exception {
		// the summary, shown in every to-do list, may not be hidden (DefinitionCheck): here it is the total
		Flow flow = fixtures.expenseFlow(false, Map.of("reason", FlowNode.FieldPermission.HIDDEN), "total");
		long request = fixtures.submit("sales", flow, "隐藏字段", "只给发起人看的说明");
		String approver = html(get("/approvals/{id}", request), "manager");
		assertThat(approver).contains("隐藏字段").contains("差旅").contains("120.00").doesNotContain("只给发起人看的说明")
			.doesNotContain("报销说明");
		assertThat(html(get("/approvals/{id}", request), "sales")).contains("只给发起人看的说明");
		assertThat(html(get("/approvals/{id}/timeline", request).header("HX-Request", "true"), "manager").strip())
			.startsWith("<ol class=\"approval-timeline\"")
			.contains("提交了申请");
		mvc.perform(get("/api/v1/approval-requests/{id}", request).with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values.total").value("120.00"))
			.andExpect(jsonPath("$.values.reason").doesNotExist());
		mvc.perform(get("/api/v1/approval-requests/{id}", request).with(as("sales")))
			.andExpect(jsonPath("$.values.reason").value("只给发起人看的说明"));
	}

	@Test
	void outsidersAndAnotherEnterpriseGetNotFound() throws Exception {
		Flow flow = fixtures.expenseFlow(false, Map.of());
		long request = fixtures.submit("sales", flow, "外人", "出差");
		long task = fixtures.pending(request, "manager").getId();
		long version = fixtures.request(request).getVersion();
		mvc.perform(get("/approvals/{id}", request).with(as("finance"))).andExpect(status().isNotFound());
		mvc.perform(get("/approvals/{id}", request).with(fixtures.users.as("demo2", "admin")))
			.andExpect(status().isNotFound());
		mvc.perform(approve(request, task, version).with(fixtures.users.as("demo2", "admin")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/approvals/{id}/timeline", request).with(fixtures.users.as("demo2", "admin")))
			.andExpect(status().isNotFound());
		assertThat(fixtures.request(request).getStatus()).isEqualTo(ApprovalStatus.PENDING);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder approve(long request, long task,
			long version) {
		return post("/approvals/{id}/approve", request).param("taskId", String.valueOf(task))
			.param("version", String.valueOf(version))
			.param("from", "list")
			.with(csrf());
	}

	private long itemsOf(InboxTab tab, String username) throws Exception {
		long items = 0;
		String page = html(get("/approvals").param("tab", tab.name()).header("HX-Request", "true"), username);
		while (true) {
			Matcher item = ITEM.matcher(page);
			while (item.find()) {
				items++;
			}
			Matcher next = NEXT_PAGE.matcher(page);
			if (!next.find()) {
				return items;
			}
			page = html(get(URI.create(next.group(1).replace("&amp;", "&"))).header("HX-Request", "true"), username);
		}
	}

	private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String username)
			throws Exception {
		return mvc.perform(request.with(as(username))).andReturn().getResponse().getContentAsString();
	}

	private RequestPostProcessor as(String username) {
		return fixtures.users.as("demo", username);
	}
}
