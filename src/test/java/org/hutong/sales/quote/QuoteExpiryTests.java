package org.hutong.sales.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The morning run: a sent quote whose validity ended yesterday becomes 已过期 and its owner is told;
 * one ending tomorrow warns its owner; each notice links to its quote and a second run adds none.
 */
@HutongTest
class QuoteExpiryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	QuoteExpiryJob job;

	@Autowired
	JdbcTemplate jdbc;

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

	@Test
	void anEndedQuoteExpiresAndAnEndingOneWarnsItsOwnerOnce() throws Exception {
		LocalDate today = LocalDate.now(EnterpriseZone.DEFAULT);
		long ended = sentQuote(today.minusDays(1));
		long ending = sentQuote(today.plusDays(1));

		job.runAll();
		assertThat(quoteStatus(ended)).isEqualTo("EXPIRED");
		assertThat(quoteStatus(ending)).isEqualTo("SENT");
		await().atMost(Duration.ofSeconds(10)).until(() -> notices(ended, "QUOTE_EXPIRED") == 1
				&& notices(ending, "QUOTE_EXPIRING") == 1);

		job.runAll();
		Thread.sleep(500);
		assertThat(notices(ended, "QUOTE_EXPIRED")).isEqualTo(1);
		assertThat(notices(ended, "QUOTE_EXPIRING")).isZero();
		assertThat(notices(ending, "QUOTE_EXPIRING")).isEqualTo(1);
		String inbox = mvc.perform(get("/notifications").with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(inbox).contains("/sales/quotes/" + ended).contains("/sales/quotes/" + ending).contains("过期")
			.contains("到期");
	}

	/** A quote of 王芳's, sent, then given this validity straight in the table (the pages refuse a past one). */
	private long sentQuote(LocalDate validUntil) throws Exception {
		Customer customer = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts).customer("sales");
		String token = token();
		String location = mvc.perform(post("/api/v1/quotes").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"title": "有效期测试", "customerId": %d, "lines": [{"name": "调试服务", "quantity": 1, "unitPrice": 5000}]}
					""".formatted(customer.getId())))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		mvc.perform(post(location + "/send").header("Authorization", token)).andExpect(status().isOk());
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		jdbc.update("update sales_quote set valid_until = ? where id = ?", validUntil, id);
		return id;
	}

	private String quoteStatus(long quote) {
		return jdbc.queryForObject("select status from sales_quote where id = ?", String.class, quote);
	}

	private int notices(long quote, String kind) {
		return jdbc.queryForObject("select count(*) from notifications_notification where kind = ? and source_key like ?",
				Integer.class, kind, "quote:" + quote + ":%");
	}

	private String token() {
		SignedInUser user = new TestUsers(userDetails).load("demo", "sales");
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "expiry-test", 1).secret());
	}
}
