package org.hutong.sales.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 条款模板 on 合同设置: the enterprise starts with the stock four; the director's template short of
 * 100 % is refused with the difference and one with a fixed amount by its row, nothing saved; a good
 * one is offered on a draft's terms page and fills its rows; it is renamed (a stale edit is 409),
 * moved up the list and deleted.
 */
@HutongTest
class TermTemplatePagesTests {

	private static final String BASE = "/sales/contracts/settings/templates";

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
	EnterpriseTemplateRepository templates;

	@Test
	void theDirectorsTemplateIsCheckedOfferedEditedMovedAndDeleted() throws Exception {
		String settings = html(get("/sales/contracts/settings"), "manager");
		assertThat(settings).contains("30/60/10").contains("10/80/10").contains("30/65/5").contains("97/3")
			.contains("预付款 30 %");
		long before = count();

		String short10 = refused(template("20/70", "70", null), "manager");
		assertThat(short10).contains("各条款合计不足 100 %：还差 10.00 %").contains("value=\"验收款\"").contains("value=\"20/70\"");
		String fixed = refused(post(BASE).with(csrf()).param("name", "定额").param("terms[0].name", "预付款")
			.param("terms[0].kind", "FIXED").param("terms[0].value", "20000").param("terms[0].trigger", "SIGNING")
			.param("terms[1].name", "尾款").param("terms[1].kind", "UP_TO").param("terms[1].value", "100")
			.param("terms[1].trigger", "FINAL_ACCEPTANCE"), "manager");
		assertThat(fixed).contains("模板不能用固定金额");
		String typo = refused(template("20/70/10", "七十", "10"), "manager");
		assertThat(typo).contains("value=\"七十\"").contains("value=\"验收款\"").contains("value=\"质保金\"");
		String taken = refused(template("30/60/10", "70", "10"), "manager");
		assertThat(taken).contains("已有同名的模板");
		assertThat(count()).as("nothing saved").isEqualTo(before);

		mvc.perform(template("20/70/10", "70", "10").with(as("manager"))).andExpect(status().is3xxRedirection());
		long id = demo().call("demo", () -> templates.findFirstByName("20/70/10").orElseThrow().getId());
		assertThat(html(get("/sales/contracts/settings"), "manager")).contains("20/70/10").contains("验收款 70 %");
		try {
			long draft = quotes().draftContract("sales", LocalDate.now(ZoneId.of("Asia/Shanghai")));
			assertThat(html(get("/sales/contracts/{id}/terms", draft), "sales")).contains("20/70/10");
			String picked = html(get("/sales/contracts/{id}/terms", draft).param("template", "20/70/10"), "sales");
			assertThat(picked).contains("value=\"预付款\"").contains("value=\"验收款\"").contains("value=\"70\"")
				.contains("value=\"质保金\"");

			assertThat(html(get(BASE + "/{id}", id), "manager")).contains("value=\"20/70/10\"").contains("value=\"验收款\"");
			mvc.perform(template(BASE + "/" + id, "20/70/10 验收", "70", "10").param("version", "7").with(as("manager")))
				.andExpect(status().isConflict());
			mvc.perform(template(BASE + "/" + id, "20/70/10 验收", "70", "10").param("version", "0").with(as("manager")))
				.andExpect(status().is3xxRedirection());
			mvc.perform(post(BASE + "/{id}/move", id).with(csrf()).param("up", "true").with(as("manager")))
				.andExpect(status().is3xxRedirection());
			String moved = html(get("/sales/contracts/settings"), "manager");
			assertThat(moved.indexOf("20/70/10 验收")).isPositive().isLessThan(moved.indexOf("97/3"));
		}
		finally {
			mvc.perform(post(BASE + "/{id}/delete", id).with(csrf()).with(as("manager")))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(html(get("/sales/contracts/settings"), "manager")).doesNotContain("20/70/10");
		assertThat(count()).isEqualTo(before);
		mvc.perform(get(BASE + "/{id}", id).with(as("manager"))).andExpect(status().isNotFound());
	}

	/** 预付款 20 % on signing, 验收款 on final acceptance, and a 质保金 of 12 months when given. */
	private MockHttpServletRequestBuilder template(String name, String acceptance, String retention) {
		return template(BASE, name, acceptance, retention);
	}

	private MockHttpServletRequestBuilder template(String url, String name, String acceptance, String retention) {
		MockHttpServletRequestBuilder request = post(url).with(csrf()).param("name", name)
			.param("terms[0].name", "预付款").param("terms[0].kind", "PERCENT").param("terms[0].value", "20")
			.param("terms[0].trigger", "SIGNING").param("terms[0].offset", "7")
			.param("terms[1].name", "验收款").param("terms[1].kind", "PERCENT").param("terms[1].value", acceptance)
			.param("terms[1].trigger", "FINAL_ACCEPTANCE").param("terms[1].offset", "30")
			.param("terms[2].kind", "PERCENT");
		if (retention == null) {
			// a row left blank, as the page sends it
			return request.param("terms[2].name", "").param("terms[2].trigger", "SIGNING");
		}
		return request.param("terms[2].name", "质保金").param("terms[2].value", retention)
			.param("terms[2].trigger", "WARRANTY_END").param("terms[2].warrantyMonths", "12");
	}

	private String refused(MockHttpServletRequestBuilder request, String user) throws Exception {
		return mvc.perform(request.with(as(user))).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long count() {
		return demo().call("demo", () -> templates.count());
	}

	private String html(MockHttpServletRequestBuilder request, String user) throws Exception {
		return mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
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
