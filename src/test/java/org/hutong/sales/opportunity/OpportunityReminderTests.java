package org.hutong.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
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

/** The morning run: an open deal expected to close today tells its owner once, linking to the deal; tomorrow's does not. */
@HutongTest
class OpportunityReminderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OpportunityReminders reminders;

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
	void aDealExpectedToCloseTodayRemindsItsOwnerOnce() throws Exception {
		LocalDate today = LocalDate.now(EnterpriseZone.DEFAULT);
		long due = deal(today);
		long later = deal(today.plusDays(1));
		reminders.runAll();
		await().atMost(Duration.ofSeconds(10)).until(() -> notices(due) == 1);
		reminders.runAll();
		Thread.sleep(500);
		assertThat(notices(due)).isEqualTo(1);
		assertThat(notices(later)).isZero();
		String inbox = mvc.perform(get("/notifications").with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(inbox).contains("/sales/opportunities/" + due).contains("预计今天");
	}

	private long deal(LocalDate expectedClose) throws Exception {
		long customer = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts)
			.customer("demo", "sales", "许昌恒达电力设备有限公司" + ThreadLocalRandom.current().nextInt(1_000_000)).getId();
		SignedInUser user = new TestUsers(userDetails).load("demo", "sales");
		String token = "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "reminder-test", 1).secret());
		String location = mvc.perform(post("/api/v1/opportunities").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"提醒测试商机\", \"customerId\": %d, \"amount\": 10000, \"expectedClose\": \"%s\"}"
				.formatted(customer, expectedClose)))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private int notices(long deal) {
		return jdbc.queryForObject("select count(*) from notifications_notification where kind = 'OPPORTUNITY_CLOSE_DUE' "
				+ "and source_key like ?", Integer.class, "opportunity:" + deal + ":%");
	}
}
