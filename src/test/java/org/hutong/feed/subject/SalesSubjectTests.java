package org.hutong.feed.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.DemoTenants;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts on a 商机 and on a 报价单: on the record's own feed for whoever may open the record, named after
 * it; someone who may not open the deal sees none of its posts and cannot post on it.
 */
@HutongTest
class SalesSubjectTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TenantJdbc jdbc;

	@Test
	void aPostOnADealOrAQuoteShowsOnItsFeedToThoseWhoMayOpenIt() throws Exception {
		DemoTenants demo = new DemoTenants(tenants, transactions);
		long salesId = new TestUsers(userDetails).load("demo", "sales").userId();
		long deal = demo.call("demo", () -> jdbc.sql("select min(id) from sales_opportunity where tenant_id = :tenantId "
				+ "and owner_id = :owner and deleted_at is null").param("owner", salesId).query(Long.class).single());
		long quote = demo.call("demo", () -> jdbc.sql("select min(id) from sales_quote where tenant_id = :tenantId "
				+ "and owner_id = :owner and deleted_at is null").param("owner", salesId).query(Long.class).single());
		String onDeal = "商机进展 " + ThreadLocalRandom.current().nextInt(1_000_000);
		String onQuote = "报价讨论 " + ThreadLocalRandom.current().nextInt(1_000_000);
		mvc.perform(post("/feed/posts").param("body", onDeal).param("audience", "ENTERPRISE")
			.param("subject", "opportunity:" + deal).with(csrf()).with(as("sales"))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/feed/posts").param("body", onQuote).param("audience", "ENTERPRISE")
			.param("subject", "quote:" + quote).with(csrf()).with(as("sales"))).andExpect(status().is3xxRedirection());

		assertThat(feed("opportunity:" + deal, "sales")).contains(onDeal).doesNotContain(onQuote);
		assertThat(feed("quote:" + quote, "manager")).contains(onQuote);
		assertThat(mvc.perform(get("/feed").with(as("manager"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).as("on the enterprise's feed too").contains(onDeal);

		String hidden = mvc.perform(get("/feed").param("subject", "opportunity:" + deal).with(as("sales2")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(hidden).doesNotContain(onDeal);
		mvc.perform(post("/feed/posts").param("body", "越权").param("audience", "ENTERPRISE")
			.param("subject", "opportunity:" + deal).with(csrf()).with(as("sales2")))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404, 422));
	}

	private String feed(String subject, String user) throws Exception {
		return mvc.perform(get("/feed").param("subject", subject).with(as(user))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
