package org.hutong.customers.customer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The ownership panel of a customer's page: 领取 · 退回公海 · 转移, who sees which, and the history. */
@HutongTest
class OwnershipPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	CustomerFixtures fixtures;

	TestUsers users;

	@BeforeEach
	void setUp() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		users = new TestUsers(userDetails);
	}

	@Test
	void theCustomerPageLoadsThePanelWhichIsAFragmentForHtmx() throws Exception {
		Customer pooled = fixtures.customer(null);
		// the 团队 tab loads it
		mvc.perform(get("/customers/{id}/team", pooled.getId()).header("HX-Request", "true").with(as("sales")))
			.andExpect(content().string(containsString("hx-get=\"/customers/" + pooled.getId() + "/ownership\"")));
		mvc.perform(get("/customers/{id}/ownership", pooled.getId()).with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"tabbar\"")));
		mvc.perform(get("/customers/{id}/ownership", pooled.getId()).header("HX-Request", "true").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<section id=\"ownership\"")))
			.andExpect(content().string(containsString("action=\"/customers/" + pooled.getId() + "/claim\"")))
			.andExpect(content().string(containsString("还没有负责人变更")))
			.andExpect(content().string(not(containsString("/release\""))));
	}

	@Test
	void aRepClaimsFromThePoolListAndReleasesWithAReason() throws Exception {
		Customer pooled = fixtures.customer(null);
		mvc.perform(get("/customers").param("scope", "POOL").param("q", pooled.getName()).with(as("sales")))
			.andExpect(content().string(containsString("action=\"/customers/" + pooled.getId() + "/claim\"")));
		mvc.perform(get("/customers").param("scope", "POOL").param("q", pooled.getName()).header("HX-Request", "true")
			.with(as("sales")))
			.andExpect(content().string(startsWith("<div class=\"rows-page\"")))
			.andExpect(content().string(containsString("action=\"/customers/" + pooled.getId() + "/claim\"")));
		mvc.perform(post("/customers/{id}/claim", pooled.getId()).with(csrf()).with(as("sales"))
			.param("version", String.valueOf(pooled.getVersion())))
			.andExpect(redirectedUrl("/customers/" + pooled.getId()))
			.andExpect(flash().attribute("notice", "customer.ownership.claimed"));
		mvc.perform(panel(pooled, "sales"))
			.andExpect(content().string(containsString("/release\"")))
			.andExpect(content().string(containsString("领取")))
			.andExpect(content().string(containsString("公海 → 王芳")));
		mvc.perform(post("/customers/{id}/release", pooled.getId()).with(csrf()).with(as("sales")).param("reason", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请填写此项")));
		mvc.perform(post("/customers/{id}/release", pooled.getId()).with(csrf()).with(as("sales"))
			.param("reason", "客户暂无采购计划"))
			.andExpect(redirectedUrl("/customers/" + pooled.getId()));
		mvc.perform(panel(pooled, "sales2"))
			.andExpect(content().string(containsString("原因：客户暂无采购计划")))
			.andExpect(content().string(containsString("王芳 → 公海")));
	}

	@Test
	void aClaimThatCameTooLateSaysSoInsteadOfFailing() throws Exception {
		Customer pooled = fixtures.customer(null);
		String version = String.valueOf(pooled.getVersion());
		mvc.perform(post("/customers/{id}/claim", pooled.getId()).with(csrf()).with(as("sales")).param("version", version))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/customers/{id}/claim", pooled.getId()).with(csrf()).with(as("sales2")).param("version", version))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("这个客户刚刚被其他人改动")));
		mvc.perform(post("/customers/{id}/claim", pooled.getId()).with(csrf()).with(as("manager")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("这个客户已被其他人领取")));
	}

	@Test
	void aManagerTransfersARepsCustomerAndARepMayNot() throws Exception {
		Customer theirs = fixtures.customer("sales");
		String sales2 = String.valueOf(fixtures.userId("sales2"));
		mvc.perform(panel(theirs, "sales")).andExpect(content().string(not(containsString("/transfer\""))));
		mvc.perform(post("/customers/{id}/transfer", theirs.getId()).with(csrf()).with(as("sales")).param("toUserId", sales2))
			.andExpect(status().isForbidden());
		mvc.perform(panel(theirs, "manager"))
			.andExpect(content().string(containsString("/transfer\"")))
			.andExpect(content().string(containsString("name=\"toUserId\"")))
			.andExpect(content().string(not(containsString("/release\""))));
		mvc.perform(post("/customers/{id}/transfer", theirs.getId()).with(csrf()).with(as("manager")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请选择接手的同事")));
		mvc.perform(post("/customers/{id}/transfer", theirs.getId()).with(csrf()).with(as("manager")).param("toUserId", sales2))
			.andExpect(redirectedUrl("/customers/" + theirs.getId()));
		mvc.perform(get("/customers/{id}", theirs.getId()).with(as("sales"))).andExpect(status().isNotFound());
		mvc.perform(panel(theirs, "sales2"))
			.andExpect(content().string(containsString("王芳 → 陈磊")))
			.andExpect(content().string(containsString("李明")));
	}

	@Test
	void someoneWhoIsNotTheOwnerCannotRelease() throws Exception {
		Customer theirs = fixtures.customer("sales2");
		mvc.perform(post("/customers/{id}/release", theirs.getId()).with(csrf()).with(as("sales")).param("reason", "抢"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/customers/{id}/release", theirs.getId()).with(csrf()).with(as("manager")).param("reason", "抢"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("只有负责人可以把客户退回公海")));
	}

	private MockHttpServletRequestBuilder panel(Customer customer, String username) {
		return get("/customers/{id}/ownership", customer.getId()).header("HX-Request", "true").with(as(username));
	}

	private RequestPostProcessor as(String username) {
		return users.as("demo", username);
	}
}
