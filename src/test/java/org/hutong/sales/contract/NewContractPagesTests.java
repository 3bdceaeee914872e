package org.hutong.sales.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 新建合同 on the pages: the list and the customer's 合同 tab offer it; the form finds the customer by
 * name and refuses a missing customer, no lines, a zero quantity or a tax rate beyond 17 % next to the
 * field with every value kept and nothing saved; 添加一行 and a product picked answer the rows alone
 * (htmx), the product's unit and tax rate filled in; saved, the draft's form opens. Its 修改明细 changes
 * the lines and the amount with them, a stale form is 409, and without the permission there is no form.
 */
@HutongTest
class NewContractPagesTests {

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
	ContractRepository contracts;

	@Test
	void theFormRefusesBadLinesByTheirFieldAndMakesADraftOnceRight() throws Exception {
		Customer customer = fixtures().customer("sales");
		assertThat(page(get("/sales/contracts"))).contains("/sales/contracts/new").contains("新建合同");
		assertThat(page(get("/sales/contracts/of-customer/{id}", customer.getId())))
			.contains("/sales/contracts/new?customer=" + customer.getId());
		String form = page(get("/sales/contracts/new").param("customer", String.valueOf(customer.getId())));
		assertThat(form).contains("id=\"new-contract-form\"").contains(customer.getName()).contains("name=\"lines[0].productId\"")
			.contains("<html");
		String matches = page(get("/sales/contracts/customers").param("_q", customer.getName()));
		assertThat(matches).contains("value=\"" + customer.getId() + "\"").doesNotContain("<html");

		String refused = mvc.perform(post("/sales/contracts").with(csrf()).with(as("sales"))
			.param("lines[0].name", "柜体").param("lines[0].quantity", "0").param("lines[0].unitPrice", "10")
			.param("lines[1].name", "运输").param("lines[1].quantity", "1").param("lines[1].unitPrice", "5")
			.param("lines[1].taxRate", "20"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("请选择客户").contains("数量须大于 0").contains("税率须在 0 到 17 %").contains("value=\"运输\"");
		String empty = mvc.perform(post("/sales/contracts").with(csrf()).with(as("sales"))
			.param("customerId", String.valueOf(customer.getId())))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("请至少填写一行合同明细");
		assertThat(contractsOf(customer)).isZero();

		String rows = mvc.perform(post("/sales/contracts/new/rows").with(csrf()).with(as("sales")).header("HX-Request", "true")
			.param("customerId", String.valueOf(customer.getId())).param("lines[0].productId", productId("KYN28A-12-1250"))
			.param("lines[0].quantity", "2").param("_add", "1"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(rows).contains("<div id=\"line-rows\"").doesNotContain("<html").contains("value=\"面\"")
			.contains("name=\"lines[0].taxRate\" value=\"13").contains("name=\"lines[2].quantity\"")
			.doesNotContain("name=\"lines[3].quantity\"");
		String removed = mvc.perform(post("/sales/contracts/new/rows").with(csrf()).with(as("sales"))
			.header("HX-Request", "true").param("lines[0].name", "甲").param("lines[0].quantity", "1")
			.param("lines[1].name", "乙").param("lines[1].quantity", "1").param("_remove", "0"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(removed).contains("value=\"乙\"").doesNotContain("value=\"甲\"");

		String location = mvc.perform(post("/sales/contracts").with(csrf()).with(as("sales"))
			.param("customerId", String.valueOf(customer.getId())).param("currency", "CNY")
			.param("lines[0].productId", productId("KYN28A-12-1250")).param("lines[0].quantity", "2")
			.param("lines[1].name", "安装调试").param("lines[1].unit", "项").param("lines[1].quantity", "1")
			.param("lines[1].unitPrice", "3333.33").param("lines[1].taxRate", "6"))
			.andExpect(redirectedUrlPattern("/sales/contracts/*/edit")).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll("\\D+", " ").trim().split(" ")[0]);
		assertThat(contractsOf(customer)).isEqualTo(1);
		assertThat(page(get("/sales/contracts/{id}", id))).contains("/sales/contracts/" + id + "/lines").contains("安装调试");
	}

	@Test
	void aDraftsLinesChangeOnItsLineEditorAndAStaleFormIsAConflict() throws Exception {
		Customer customer = fixtures().customer("sales");
		String location = mvc.perform(post("/sales/contracts").with(csrf()).with(as("sales"))
			.param("customerId", String.valueOf(customer.getId())).param("lines[0].name", "开关柜")
			.param("lines[0].quantity", "1").param("lines[0].unitPrice", "1000").param("lines[0].taxRate", "13"))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll("\\D+", " ").trim().split(" ")[0]);

		String editor = page(get("/sales/contracts/{id}/lines", id));
		assertThat(editor).contains("id=\"lines-form\"").contains("value=\"开关柜\"").contains("name=\"_remove\"")
			.contains("添加一行");
		String refused = mvc.perform(post("/sales/contracts/{id}/lines", id).with(csrf()).with(as("sales"))
			.param("version", "0").param("lines[0].name", "开关柜").param("lines[0].quantity", "-1")
			.param("lines[0].unitPrice", "1000"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("数量须大于 0").contains("value=\"-1\"");
		mvc.perform(post("/sales/contracts/{id}/lines", id).with(csrf()).with(as("sales")).param("version", "0")
			.param("lines[0].name", "开关柜").param("lines[0].quantity", "3").param("lines[0].unitPrice", "1000")
			.param("lines[0].taxRate", "13"))
			.andExpect(redirectedUrl("/sales/contracts/" + id));
		assertThat(demo().call("demo", () -> contracts.findById(id).orElseThrow().getTotal()))
			.isEqualByComparingTo("3390.00");
		String stale = mvc.perform(post("/sales/contracts/{id}/lines", id).with(csrf()).with(as("sales"))
			.param("version", "0").param("lines[0].name", "开关柜").param("lines[0].quantity", "5")
			.param("lines[0].unitPrice", "1000"))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(stale).contains("这份合同刚被别人修改过");
		assertThat(demo().call("demo", () -> contracts.findById(id).orElseThrow().getTotal()))
			.isEqualByComparingTo("3390.00");

		mvc.perform(get("/sales/contracts/new").with(as("rd"))).andExpect(status().isForbidden());
	}

	private long contractsOf(Customer customer) {
		return demo().call("demo", () -> contracts.findAll().stream()
			.filter(c -> c.getCustomerId() == customer.getId() && !c.isDeleted()).count());
	}

	private String productId(String code) throws Exception {
		String json = page(get("/api/v1/products").param("q", code));
		java.util.List<Integer> ids = com.jayway.jsonpath.JsonPath.read(json, "$.items[?(@.code == '" + code + "')].id");
		return String.valueOf(ids.get(0));
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(as("sales"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private CustomerFixtures fixtures() {
		return new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
	}

	private DemoTenants demo() {
		return new DemoTenants(tenants, transactions);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
