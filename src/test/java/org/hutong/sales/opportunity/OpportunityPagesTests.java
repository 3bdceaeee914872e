package org.hutong.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.customers.customer.CustomerStatus;
import org.hutong.sales.pipeline.PipelineView;
import org.hutong.sales.pipeline.StageOutcome;
import org.hutong.identity.DemoTenants;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 商机 on the pages: 王芳 creates a deal for her customer with a product line priced from the
 * catalogue, moves it, loses it (a reason required), reopens and wins it; the customer becomes 成交;
 * every step is in the stage history. Who sees it follows the data scope and the team.
 */
@HutongTest
class OpportunityPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CustomerRepository customerRepository;

	@Autowired
	ContactRepository contacts;

	@Autowired
	OpportunityRepository opportunities;

	@Autowired
	OpportunitySearch search;

	CustomerFixtures fixtures;

	DemoTenants demo;

	@BeforeEach
	void fixtures() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customerRepository, contacts);
		demo = new DemoTenants(tenants, transactions);
	}

	@Test
	void aDealGoesFromFirstContactThroughLostAndReopenedToWon() throws Exception {
		Customer customer = fixtures.customer("sales");
		PipelineView direct = pipeline("直销");
		long product = productId();
		String location = mvc.perform(post("/sales/opportunities").with(csrf()).with(as("sales"))
			.param("name", "配电房改造一期").param("customerId", customer.getId().toString())
			.param("pipelineId", String.valueOf(direct.id()))
			.param("lines[0].productId", String.valueOf(product)).param("lines[0].quantity", "2")
			.param("lines[0].discount", "10"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Opportunity saved = demo.call("demo", () -> opportunities.findById(id).orElseThrow());
		// KYN28A-12-1250 at 68,000 list, two of them less 10 %
		assertThat(saved.getAmount()).isEqualByComparingTo("122400.00");
		assertThat(saved.isAmountFromLines()).isTrue();
		assertThat(saved.getStageId()).isEqualTo(direct.firstOpen().id());

		String page = page(id, "sales");
		assertThat(page).contains("配电房改造一期").contains(customer.getName()).contains("¥122,400.00")
			.contains("创建于「初步接洽」").contains("KYN28A-12-1250");

		long quoting = direct.stages().stream().filter(s -> s.name().equals("方案报价")).findFirst().orElseThrow().id();
		move(id, "sales", quoting, saved.getVersion()).andExpect(status().is3xxRedirection());

		long lost = direct.finalStage(StageOutcome.LOST).id();
		String refused = move(id, "sales", lost, null).andExpect(status().isUnprocessableContent()).andReturn()
			.getResponse().getContentAsString();
		assertThat(refused).contains("请选择输单原因");
		mvc.perform(post("/sales/opportunities/{id}/stage", id).with(csrf()).with(as("sales"))
			.param("stageId", String.valueOf(lost)).param("lostReasonId", String.valueOf(reason("价格偏高")))
			.param("wonBy", "平高电气")).andExpect(status().is3xxRedirection());
		assertThat(page(id, "sales")).contains("输单原因：价格偏高").contains("赢单方：平高电气").contains("从「方案报价」");

		String twiceFinal = move(id, "sales", direct.finalStage(StageOutcome.WON).id(), null)
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(twiceFinal).contains("请先重新打开");
		move(id, "sales", quoting, null).andExpect(status().is3xxRedirection());
		move(id, "sales", direct.finalStage(StageOutcome.WON).id(), null).andExpect(status().is3xxRedirection());

		assertThat(page(id, "sales")).contains("重新打开到「方案报价」").contains("赢单（从「方案报价」）").contains("停留");
		Customer after = demo.call("demo", () -> customerRepository.findById(customer.getId()).orElseThrow());
		assertThat(after.getStatus()).isEqualTo(CustomerStatus.WON);
		assertThat(after.getLastWonAt()).isNotNull();

		String timeline = mvc.perform(get("/customers/{id}/timeline", customer.getId()).header("HX-Request", "true").with(as("sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(timeline).contains("商机「配电房改造一期」：赢单（从「方案报价」）").contains("/sales/opportunities/" + id);
	}

	@Test
	void aStaleStageChangeIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
		long id = dealOf("sales", "陈旧版本测试", null);
		PipelineView direct = pipeline("直销");
		long second = direct.stages().get(1).id();
		move(id, "sales", second, 0L).andExpect(status().is3xxRedirection());
		String stale = move(id, "sales", direct.stages().get(2).id(), 0L).andExpect(status().isConflict()).andReturn()
			.getResponse().getContentAsString();
		assertThat(stale).contains("刚被别人修改过");

		String form = mvc.perform(post("/sales/opportunities").with(csrf()).with(as("sales")).param("name", "")
			.param("amount", "-5").param("competitors", "许继同行"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("必填").contains("请选择客户").contains("金额不能为负数").contains("value=\"许继同行\"");
	}

	@Test
	void whoSeesADealFollowsTheDataScopeAndTheTeam() throws Exception {
		long id = dealOf("sales", "可见性测试", null);
		mvc.perform(get("/sales/opportunities/{id}", id).with(as("sales2"))).andExpect(status().isNotFound());
		assertThat(list("sales2", "TEAM")).doesNotContain("可见性测试");
		assertThat(list("manager", "TEAM")).contains("可见性测试");
		assertThat(list("sales", "MINE")).contains("可见性测试");
		mvc.perform(post("/sales/opportunities/{id}/delete", id).with(csrf()).with(as("sales2")))
			.andExpect(status().isNotFound());

		long shared = dealOf("sales", "团队成员测试", fixtures.userId("sales2"));
		assertThat(list("sales2", "MINE")).contains("团队成员测试");
		mvc.perform(get("/sales/opportunities/{id}", shared).with(as("sales2"))).andExpect(status().isOk());
		mvc.perform(get("/sales/opportunities/{id}", shared).with(new TestUsers(userDetails).as("demo2", "admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCustomersTabAndTheBoardShowTheDealWithColumnTotals() throws Exception {
		Customer customer = fixtures.customer("sales");
		long id = demoDeal(customer, "看板测试商机", new BigDecimal("300000"));
		String customerPage = mvc.perform(get("/customers/{id}", customer.getId()).with(as("sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(customerPage).contains("/sales/opportunities/of-customer/" + customer.getId());
		String tab = mvc.perform(get("/sales/opportunities/of-customer/{id}", customer.getId()).with(as("sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(tab).contains("看板测试商机").contains("¥300,000.00").contains("新建商机");

		String board = mvc.perform(get("/sales/opportunities/board").param("pipeline", String.valueOf(pipeline("直销").id()))
			.param("scope", "MINE").with(as("sales"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(board).contains("看板测试商机").contains("data-stage=").contains("加权");
		String firstStage = mvc.perform(get("/sales/opportunities").param("scope", "MINE").param("status", "OPEN")
			.param("stage", String.valueOf(pipeline("直销").firstOpen().id())).with(as("sales")))
			.andReturn().getResponse().getContentAsString();
		String count = firstStage.replaceAll("(?s).*共 (\\d+) 个商机.*", "$1");
		assertThat(board).contains("共 " + count + " 个 · ¥");

		mvc.perform(post("/sales/opportunities/{id}/board-move", id).with(csrf()).with(as("sales")).header("X-Board", "1")
			.param("stageId", String.valueOf(pipeline("直销").stages().get(1).id())))
			.andExpect(status().isNoContent());
		mvc.perform(post("/sales/opportunities/{id}/board-move", id).with(csrf()).with(as("sales")).header("X-Board", "1")
			.param("stageId", String.valueOf(pipeline("直销").stages().get(2).id())).param("version", "0"))
			.andExpect(status().isConflict());
	}

	@Test
	void convertingALeadCanGoOnToTheNewCustomersFirstOpportunity() throws Exception {
		String name = CustomerFixtures.uniqueName();
		String lead = mvc.perform(post("/leads").with(csrf()).with(as("sales")).param("companyName", name)
			.param("contactName", "李工").param("source", "EXHIBITION"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(mvc.perform(get(lead + "/convert").with(as("sales"))).andReturn().getResponse().getContentAsString())
			.contains("同时为这个客户新建商机");
		String next = mvc.perform(post(lead + "/convert").with(csrf()).with(as("sales")).param("name", name).param("contactName", "李工")
			.param("then", "opportunity")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(next).startsWith("/sales/opportunities/new?customer=");
		String form = mvc.perform(get(next).with(as("sales"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(form).contains(name).contains("李工");
		String forged = mvc.perform(post("/leads").with(csrf()).with(as("sales")).param("companyName", CustomerFixtures.uniqueName())
			.param("source", "EXHIBITION")).andReturn().getResponse().getRedirectedUrl();
		assertThat(mvc.perform(post(forged + "/convert").with(csrf()).with(as("sales"))
			.param("name", CustomerFixtures.uniqueName()).param("then", "https://evil.example"))
			.andReturn().getResponse().getRedirectedUrl()).startsWith("/customers/");
	}

	private long dealOf(String owner, String name, Long member) throws Exception {
		Customer customer = fixtures.customer(owner);
		var request = post("/sales/opportunities").with(csrf()).with(as(owner)).param("name", name)
			.param("customerId", customer.getId().toString()).param("amount", "50000");
		if (member != null) {
			request = request.param("members", member.toString());
		}
		String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long demoDeal(Customer customer, String name, BigDecimal amount) throws Exception {
		String location = mvc.perform(post("/sales/opportunities").with(csrf()).with(as("sales")).param("name", name)
			.param("customerId", customer.getId().toString()).param("amount", amount.toPlainString()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private org.springframework.test.web.servlet.ResultActions move(long id, String user, long stage, Long version)
			throws Exception {
		var request = post("/sales/opportunities/{id}/stage", id).with(csrf()).with(as(user))
			.param("stageId", String.valueOf(stage));
		return mvc.perform(version == null ? request : request.param("version", version.toString()));
	}

	private String page(long id, String user) throws Exception {
		return mvc.perform(get("/sales/opportunities/{id}", id).with(as(user))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	private String list(String user, String scope) throws Exception {
		return mvc.perform(get("/sales/opportunities").param("scope", scope).param("limit", "200").with(as(user)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private PipelineView pipeline(String name) {
		return asUser("sales", () -> search.pipelines().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow());
	}

	private long productId() throws Exception {
		String json = mvc.perform(get("/api/v1/products").param("q", "KYN28A-12-1250").with(as("sales")))
			.andReturn().getResponse().getContentAsString();
		return Long.parseLong(json.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
	}

	private long reason(String name) throws Exception {
		String json = mvc.perform(get("/api/v1/lost-reasons").with(as("sales"))).andReturn().getResponse()
			.getContentAsString();
		return Long.parseLong(json.replaceAll("(?s).*\"id\":(\\d+),\"name\":\"" + name + "\".*", "$1"));
	}

	private <T> T asUser(String username, java.util.function.Supplier<T> work) {
		var user = new TestUsers(userDetails).load("demo", username);
		var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated(user, null, user.getAuthorities()));
		try {
			return demo.call("demo", work::get);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
