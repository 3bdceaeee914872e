package org.hutong.sales.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.DemoTenants;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 合同 on the pages: 王芳 turns her accepted quote into a draft from the quote's page and lands on its
 * form; a signing date in 0001 is refused next to its field with nothing saved, a stale form is 409;
 * saved, the contract's page shows the amount, collected and outstanding and 提交审批; the list shows
 * it under 我的 and 草稿 and on the customer's 合同 tab (not to a colleague outside the data scope),
 * and a second contract from the same quote is refused.
 */
@HutongTest
class ContractPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	@Autowired
	ContractRepository contracts;

	@Test
	void anAcceptedQuoteBecomesADraftWhoseFormRefusesBadDatesByTheField() throws Exception {
		long quote = quotes().accepted("sales");
		String quotePage = mvc.perform(get("/sales/quotes/{id}", quote).with(as("sales"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(quotePage).contains("/sales/contracts/from-quote/" + quote).contains("转为合同");
		String location = mvc.perform(post("/sales/contracts/from-quote/{id}", quote).with(csrf()).with(as("sales")))
			.andExpect(redirectedUrlPattern("/sales/contracts/*/edit")).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll("\\D+", " ").trim().split(" ")[0]);

		String form = mvc.perform(get("/sales/contracts/{id}/edit", id).with(as("sales"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("name=\"signedOn\"").contains("折合人民币汇率");
		String refused = mvc.perform(post("/sales/contracts/{id}", id).with(csrf()).with(as("sales"))
			.param("title", "配电设备采购合同").param("signedOn", "0001-01-01").param("currency", "CNY").param("version", "0"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("日期须在 2000 年至 2100 年之间").contains("配电设备采购合同");
		assertThat(demo().call("demo", () -> contracts.findById(id).orElseThrow().getSignedOn())).isNull();
		mvc.perform(post("/sales/contracts/{id}", id).with(csrf()).with(as("sales"))
			.param("title", "配电设备采购合同").param("version", "5")).andExpect(status().isConflict());

		mvc.perform(post("/sales/contracts/{id}", id).with(csrf()).with(as("sales")).param("title", "配电设备采购合同")
			.param("signedOn", "2026-12-01").param("currency", "CNY").param("warrantyMonths", "12").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/sales/contracts/{id}", id).with(as("sales"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("配电设备采购合同").contains("已回款").contains("未回款").contains("提交审批")
			.contains("<progress").contains("12 个月");
		String picked = mvc.perform(get("/sales/contracts/{id}/terms", id).param("template", "30/60/10").with(as("sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(picked).contains("value=\"预付款\"").contains("value=\"到货款\"").contains("value=\"质保金\"");
		String short60 = mvc.perform(post("/sales/contracts/{id}/terms", id).with(csrf()).with(as("sales"))
			.param("version", "1").param("terms[0].name", "预付款").param("terms[0].kind", "PERCENT")
			.param("terms[0].value", "30").param("terms[0].trigger", "SIGNING").param("terms[0].offset", "7")
			.param("terms[1].name", "到货款").param("terms[1].kind", "PERCENT").param("terms[1].value", "60")
			.param("terms[1].trigger", "ARRIVAL").param("terms[2].name", "").param("terms[2].kind", "PERCENT")
			.param("terms[2].trigger", "SIGNING"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(short60).contains("还差 10.00 %").contains("value=\"到货款\"");
		mvc.perform(post("/sales/contracts/{id}/terms", id).with(csrf()).with(as("sales"))
			.param("version", "1").param("terms[0].name", "预付款").param("terms[0].kind", "PERCENT")
			.param("terms[0].value", "30").param("terms[0].trigger", "SIGNING").param("terms[0].offset", "7")
			.param("terms[1].name", "到货款").param("terms[1].kind", "PERCENT").param("terms[1].value", "60")
			.param("terms[1].trigger", "ARRIVAL").param("terms[2].name", "质保金").param("terms[2].kind", "PERCENT")
			.param("terms[2].value", "10").param("terms[2].trigger", "WARRANTY_END").param("terms[2].warrantyMonths", "12"))
			.andExpect(status().is3xxRedirection());
		String planned = mvc.perform(get("/sales/contracts/{id}", id).with(as("sales"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(planned).contains("2026-12-08").contains("等待触发事件").contains("质保金");

		String list = mvc.perform(get("/sales/contracts").param("scope", "MINE").param("status", "DRAFT").with(as("sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("/sales/contracts/" + id).contains("配电设备采购合同");

		long customer = demo().call("demo", () -> contracts.findById(id).orElseThrow().getCustomerId());
		String tab = mvc.perform(get("/sales/contracts/of-customer/{id}", customer).with(as("sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(tab).contains("/sales/contracts/" + id);
		String customerPage = mvc.perform(get("/customers/{id}", customer).with(as("sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(customerPage).contains("/sales/contracts/of-customer/" + customer);
		// 陈磊 sees only his own: not 王芳's contract, on her customer's tab either
		String others = mvc.perform(get("/sales/contracts/of-customer/{id}", customer).with(as("sales2")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(others).doesNotContain("/sales/contracts/" + id);

		mvc.perform(post("/sales/contracts/from-quote/{id}", quote).with(csrf()).with(as("sales")))
			.andExpect(redirectedUrlPattern("/sales/quotes/*"));
		assertThat(demo().call("demo", () -> contracts.findAll().stream().filter(c -> Long.valueOf(quote).equals(c.getQuoteId())).count()))
			.isEqualTo(1);
	}

	@Test
	void aReaderWithoutThePermissionGetsNoContractPages() throws Exception {
		mvc.perform(get("/sales/contracts").with(as("rd"))).andExpect(status().isForbidden());
		String english = mvc.perform(get("/sales/contracts").with(as("sales")).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("Contracts");
	}

	private DemoTenants demo() {
		return new DemoTenants(tenants, transactions);
	}

	private Quotes quotes() {
		return new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails,
				tokens);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
