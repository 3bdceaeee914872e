package org.hutong.customers.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.DemoTenants;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code /customers/pool-rules}: the administrator sets the 回收规则; others may not; bad numbers are refused. */
@HutongTest
class PoolRulePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PoolRuleRepository rules;

	PoolRuleFixtures fixtures;

	TestUsers users;

	@BeforeEach
	void setUp() {
		fixtures = new PoolRuleFixtures(tenants, transactions, rules);
		users = new TestUsers(userDetails);
	}

	@AfterEach
	void turnRulesOff() {
		fixtures.off("demo");
	}

	@Test
	void theListHeadLinksTheRulesForTheAdministratorOnly() throws Exception {
		mvc.perform(get("/customers").with(as("admin")))
			.andExpect(content().string(containsString("href=\"/customers/pool-rules\"")));
		mvc.perform(get("/customers").with(as("sales")))
			.andExpect(content().string(not(containsString("/customers/pool-rules"))));
	}

	@Test
	void theAdministratorSetsTheRulesAndSeesThemAgain() throws Exception {
		mvc.perform(get("/customers/pool-rules").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未跟进多少天后回收")))
			.andExpect(content().string(containsString("name=\"maxOwned\"")));
		mvc.perform(post("/customers/pool-rules").with(csrf()).with(as("admin")).param("reclaimAfterDays", "30")
			.param("warnDaysBefore", "5").param("claimCooldownDays", "7").param("maxOwned", "200"))
			.andExpect(redirectedUrl("/customers/pool-rules"))
			.andExpect(flash().attribute("notice", "poolRule.saved"));
		mvc.perform(get("/customers/pool-rules").with(as("admin")))
			.andExpect(content().string(containsString("value=\"200\"")))
			.andExpect(content().string(containsString("value=\"30\"")));
		PoolRule saved = new DemoTenants(tenants, transactions).call("demo", () -> rules.findFirstByOrderByIdAsc().orElseThrow());
		assertThat(saved.reclaimRule()).isEqualTo(new ReclaimRule(30, 5));
		assertThat(saved.getClaimCooldownDays()).isEqualTo(7);
		assertThat(saved.getReclaimWithoutDealDays()).isNull();
	}

	@Test
	void aWarningNotBeforeTheReclaimAndNegativeNumbersAreRefused() throws Exception {
		mvc.perform(post("/customers/pool-rules").with(csrf()).with(as("admin")).param("reclaimAfterDays", "10")
			.param("warnDaysBefore", "10"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("提醒天数须小于回收天数")));
		mvc.perform(post("/customers/pool-rules").with(csrf()).with(as("admin")).param("claimCooldownDays", "-1")
			.param("maxOwned", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("class=\"field invalid\"")));
		assertThat(new DemoTenants(tenants, transactions).call("demo", () -> rules.findFirstByOrderByIdAsc()))
			.isEmpty();
	}

	@Test
	void aRepMayNeitherSeeNorSetTheRules() throws Exception {
		mvc.perform(get("/customers/pool-rules").with(as("sales"))).andExpect(status().isForbidden());
		mvc.perform(post("/customers/pool-rules").with(csrf()).with(as("sales")).param("maxOwned", "1"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherEnterprisesRulesAreNotShownHere() throws Exception {
		fixtures.set("demo2", PoolRuleFixtures.rule(45, 3, null, 321));
		try {
			mvc.perform(get("/customers/pool-rules").with(as("admin")))
				.andExpect(content().string(not(containsString("value=\"321\""))));
		}
		finally {
			fixtures.off("demo2");
		}
	}

	private RequestPostProcessor as(String username) {
		return users.as("demo", username);
	}
}
