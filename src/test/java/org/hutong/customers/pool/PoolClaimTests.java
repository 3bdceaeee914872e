package org.hutong.customers.pool;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** 领取 and 转移 under the 回收规则: the owned-customers limit and the previous owner's cooldown. */
@HutongTest
class PoolClaimTests {

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

	@Autowired
	PoolRuleRepository rules;

	@Autowired
	PoolCustomers poolCustomers;

	@Autowired
	ApiTokens tokens;

	CustomerFixtures fixtures;

	PoolRuleFixtures poolRules;

	TestUsers users;

	@BeforeEach
	void setUp() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		poolRules = new PoolRuleFixtures(tenants, transactions, rules);
		users = new TestUsers(userDetails);
	}

	@AfterEach
	void turnRulesOff() {
		poolRules.off("demo");
	}

	@Test
	void aRepAtTheLimitCannotClaimOrBeGivenMore() throws Exception {
		fixtures.customer("sales2");
		int owned = (int) owned("sales2");
		poolRules.set("demo", PoolRuleFixtures.rule(null, null, null, owned));
		Customer pooled = fixtures.customer(null);
		claim(pooled, "sales2").andExpect(status().isConflict())
			.andExpect(content().string(containsString("已达到可拥有客户上限 " + owned)));
		mvc.perform(post("/api/v1/customers/{id}/claim", pooled.getId()).header("Authorization", token("sales2")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("已达到可拥有客户上限 " + owned));
		Customer someoneElses = fixtures.customer("sales");
		mvc.perform(post("/customers/{id}/transfer", someoneElses.getId()).with(csrf()).with(as("manager"))
			.param("toUserId", String.valueOf(fixtures.userId("sales2"))))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已达到可拥有客户上限")));
		poolRules.set("demo", PoolRuleFixtures.rule(null, null, null, owned + 1));
		claim(pooled, "sales2").andExpect(redirectedUrl("/customers/" + pooled.getId()));
	}

	@Test
	void thePreviousOwnerWaitsOutTheCooldownOthersDoNot() throws Exception {
		Customer customer = fixtures.customer(null);
		claim(customer, "sales").andExpect(redirectedUrl("/customers/" + customer.getId()));
		mvc.perform(post("/customers/{id}/release", customer.getId()).with(csrf()).with(as("sales"))
			.param("reason", "暂无需求"))
			.andExpect(redirectedUrl("/customers/" + customer.getId()));
		poolRules.set("demo", PoolRuleFixtures.rule(null, null, 7, null));
		String from = LocalDate.now(EnterpriseZone.DEFAULT).plusDays(7).toString();
		claim(customer, "sales").andExpect(status().isConflict())
			.andExpect(content().string(containsString(from + " 起才能再次领取")));
		claim(customer, "sales2").andExpect(redirectedUrl("/customers/" + customer.getId()));
	}

	@Test
	void withoutRulesAnyoneClaimsAgainAtOnce() throws Exception {
		Customer customer = fixtures.customer(null);
		claim(customer, "sales").andExpect(redirectedUrl("/customers/" + customer.getId()));
		mvc.perform(post("/customers/{id}/release", customer.getId()).with(csrf()).with(as("sales"))
			.param("reason", "暂无需求"));
		claim(customer, "sales").andExpect(redirectedUrl("/customers/" + customer.getId()));
	}

	private ResultActions claim(Customer customer, String username) throws Exception {
		return mvc.perform(post("/customers/{id}/claim", customer.getId()).with(csrf()).with(as(username)));
	}

	private long owned(String username) {
		long userId = fixtures.userId(username);
		return new DemoTenants(tenants, transactions).call("demo", () -> poolCustomers.countOwnedBy(userId));
	}

	private String token(String username) {
		SignedInUser user = users.load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "pool-test", 1).secret());
	}

	private RequestPostProcessor as(String username) {
		return users.as("demo", username);
	}
}
