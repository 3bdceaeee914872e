package org.hutong.customers.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.Onboarding;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** 选项设置: the defaults every enterprise starts with, the administrator's edits, and what forms and the API accept. */
@HutongTest
class CustomerOptionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Onboarding onboarding;

	@Autowired
	CustomerOptions options;

	@Autowired
	CustomerOptionRepository repository;

	@Autowired
	ApiTokens tokens;

	@Test
	void aNewEnterpriseStartsWithTheDefaultListsInBothLanguages() {
		String code = "opt" + ThreadLocalRandom.current().nextInt(1_000_000);
		Tenant tenant = tenants.create(code, "选项测试有限公司");
		TenantContext.runAs(tenant.getId(),
				() -> transactions.executeWithoutResult(status -> onboarding.setUp("admin", "管理员", "demo1234x!A")));
		List<CustomerOption> levels = TenantContext.callAs(tenant.getId(),
				() -> transactions.execute(status -> options.active(OptionKind.LEVEL)));
		assertThat(levels).extracting(CustomerOption::getCode).containsExactly("KEY", "MAJOR", "NORMAL", "MINOR");
		assertThat(levels.get(0).label(java.util.Locale.ENGLISH)).isEqualTo("Key account");
		assertThat(levels.get(0).label(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("重点客户");
		List<CustomerOption> sources = TenantContext.callAs(tenant.getId(),
				() -> transactions.execute(status -> options.all(OptionKind.SOURCE)));
		assertThat(sources).hasSize(7);
	}

	@Test
	void theAdministratorAddsRenamesMovesDeactivatesAndDeletesAnUnusedOption() throws Exception {
		String label = "展" + ThreadLocalRandom.current().nextInt(1_000_000);
		mvc.perform(post("/customers/options/SOURCE").with(csrf()).with(as("admin")).param("labelZh", label)
			.param("labelEn", "Fair " + label)).andExpect(status().is3xxRedirection());
		CustomerOption added = option(label);
		assertThat(added.getCode()).startsWith("SOURCE_");
		assertThat(added.isActive()).isTrue();
		mvc.perform(post("/customers/options/SOURCE/{id}", added.getId()).with(csrf()).with(as("admin"))
			.param("labelZh", label + "会").param("version", String.valueOf(added.getVersion())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/customers/options/SOURCE/{id}/move", added.getId()).with(csrf()).with(as("admin"))
			.param("up", "true")).andExpect(status().is3xxRedirection());
		CustomerOption moved = option(label + "会");
		assertThat(moved.getSortOrder()).isLessThan(added.getSortOrder());
		mvc.perform(post("/customers/options/SOURCE/{id}/active", added.getId()).with(csrf()).with(as("admin"))
			.param("active", "false")).andExpect(status().is3xxRedirection());
		assertThat(option(label + "会").isActive()).isFalse();
		mvc.perform(get("/customers/options").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(label + "会")));
		mvc.perform(post("/customers/options/SOURCE/{id}/delete", added.getId()).with(csrf()).with(as("admin")))
			.andExpect(status().is3xxRedirection());
		assertThat(demo().call("demo", () -> repository.findById(added.getId()))).isEmpty();
	}

	@Test
	void aVersionThatIsNotANumberIsABadRequestNotA500() throws Exception {
		long id = demo().call("demo", () -> options.all(OptionKind.LEVEL).get(0).getId());
		mvc.perform(post("/customers/options/LEVEL/{id}", id).with(csrf()).with(as("admin"))
			.param("labelZh", "x").param("version", "abc"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aDuplicateLabelIsAFormErrorAndOnlyAdministratorsEditTheLists() throws Exception {
		mvc.perform(post("/customers/options/LEVEL").with(csrf()).with(as("admin")).param("labelZh", "重点客户"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("已有同名选项")));
		mvc.perform(post("/customers/options/LEVEL").with(csrf()).with(as("admin")).param("labelZh", "x")
			.param("code", "bad code")).andExpect(status().isUnprocessableContent());
		mvc.perform(get("/customers/options").with(as("sales"))).andExpect(status().isForbidden());
		mvc.perform(post("/customers/options/LEVEL").with(csrf()).with(as("manager")).param("labelZh", "无权"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDeactivatedOptionStaysOnItsCustomersButIsNotOfferedForNewOnes() throws Exception {
		String label = "停" + ThreadLocalRandom.current().nextInt(1_000_000);
		// the list's level filter (the lists as kept in memory) offers the option as soon as it is added
		mvc.perform(get("/customers").with(as("sales"))).andExpect(content().string(not(containsString(label))));
		mvc.perform(post("/customers/options/LEVEL").with(csrf()).with(as("admin")).param("labelZh", label))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/customers").with(as("sales"))).andExpect(content().string(containsString(label)));
		CustomerOption option = option(label);
		String name = CustomerFixtures.uniqueName();
		String token = token("sales");
		String created = mvc.perform(post("/api/v1/customers").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"level\":\"" + option.getCode() + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value(option.getCode()))
			.andExpect(jsonPath("$.levelLabel").value(label))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
		mvc.perform(post("/customers/options/LEVEL/{id}/active", option.getId()).with(csrf()).with(as("admin"))
			.param("active", "false")).andExpect(status().is3xxRedirection());
		// the customer keeps it and can still be saved with it
		mvc.perform(get("/customers/{id}", id).with(as("sales"))).andExpect(content().string(containsString(label)));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/customers/{id}", id)
			.header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"level\":\"" + option.getCode() + "\",\"remarks\":\"仍可保存\"}"))
			.andExpect(status().isOk());
		// but a new customer may not take it, nor an unknown code
		mvc.perform(post("/api/v1/customers").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + CustomerFixtures.uniqueName() + "\",\"level\":\"" + option.getCode() + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.level").value(containsString(label)));
		mvc.perform(post("/api/v1/customers").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + CustomerFixtures.uniqueName() + "\",\"industry\":\"NO_SUCH\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.industry").value(containsString("NO_SUCH")));
		mvc.perform(get("/customers/new").with(as("sales"))).andExpect(content().string(not(containsString(label))));
		// and an option in use cannot be deleted
		mvc.perform(post("/customers/options/LEVEL/{id}/delete", option.getId()).with(csrf()).with(as("admin")))
			.andExpect(status().isConflict());
	}

	@Test
	void importsMapLabelsAndCodesOfActiveOptions() {
		assertThat(demo().call("demo", () -> options.codeFor(OptionKind.INDUSTRY, " 电网 "))).contains("POWER_GRID");
		assertThat(demo().call("demo", () -> options.codeFor(OptionKind.INDUSTRY, "power grid"))).contains("POWER_GRID");
		assertThat(demo().call("demo", () -> options.codeFor(OptionKind.SOURCE, "exhibition"))).contains("EXHIBITION");
		assertThat(demo().call("demo", () -> options.codeFor(OptionKind.SOURCE, "不存在"))).isEmpty();
	}

	private CustomerOption option(String labelZh) {
		return demo().call("demo", () -> repository.findAll()
			.stream()
			.filter(option -> option.getLabelZh().equals(labelZh))
			.findFirst()
			.orElseThrow());
	}

	private DemoTenants demo() {
		return new DemoTenants(tenants, transactions);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "option-test", 1).secret());
	}
}
