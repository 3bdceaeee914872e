package org.hutong.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * 跟进记录 on a deal: logged on the deal's page it shows there and on the customer's timeline; one
 * logged on the customer alone stays off the deal; a rep who may not see the deal gets "not found";
 * bad input is refused in the panel.
 */
@HutongTest
class OpportunityFollowUpTests {

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
	OpportunityManagement management;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFollowUpOnADealShowsOnTheDealAndOnItsCustomer() throws Exception {
		Customer customer = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts).customer("sales");
		long deal = deal(customer.getId());
		String base = "/sales/opportunities/" + deal;
		String logged = mvc.perform(post(base + "/follow-ups").with(csrf()).with(as("sales")).param("type", "VISIT")
			.param("content", "上门交流开关柜技术方案，客户关注交货期")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(logged).contains("上门交流开关柜技术方案").contains("action=\"" + base + "/follow-ups\"");
		mvc.perform(post("/customers/" + customer.getId() + "/follow-ups").with(csrf()).with(as("sales"))
			.param("type", "CALL").param("content", "电话确认付款方式")).andExpect(status().isOk());

		String onDeal = html(base + "/follow-ups", "sales");
		assertThat(onDeal).contains("上门交流开关柜技术方案").doesNotContain("电话确认付款方式");
		assertThat(html("/customers/" + customer.getId() + "/follow-ups", "sales")).contains("上门交流开关柜技术方案")
			.contains("电话确认付款方式");
		assertThat(jdbc.queryForObject("select count(*) from customers_follow_up where opportunity_id = ?", Integer.class,
				deal)).isEqualTo(1);

		mvc.perform(get(base + "/follow-ups").with(as("sales2"))).andExpect(status().isNotFound());
		mvc.perform(post(base + "/follow-ups").with(csrf()).with(as("sales2")).param("type", "VISIT").param("content", "x"))
			.andExpect(status().isNotFound());
		String refused = mvc.perform(post(base + "/follow-ups").with(csrf()).with(as("sales")).param("type", "VISIT")
			.param("content", "")).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("action=\"" + base + "/follow-ups\"");

		long id = jdbc.queryForObject("select id from customers_follow_up where opportunity_id = ?", Long.class, deal);
		String afterDelete = mvc.perform(post("/follow-ups/" + id + "/delete").with(csrf()).with(as("sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(afterDelete).contains("action=\"" + base + "/follow-ups\"").doesNotContain("上门交流开关柜技术方案");
	}

	private long deal(long customerId) {
		var user = new TestUsers(userDetails).load("demo", "sales");
		return new DemoTenants(tenants, transactions).call("demo", () -> {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			try {
				OpportunityForm form = OpportunityForm.of("跟进测试商机", customerId, new BigDecimal("50000"));
				return management.create(user, form, new BeanPropertyBindingResult(form, "form"));
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		});
	}

	private String html(String path, String user) throws Exception {
		return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
