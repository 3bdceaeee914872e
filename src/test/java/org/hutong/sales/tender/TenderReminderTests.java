package org.hutong.sales.tender;

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
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.token.ApiTokens;
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
 * The morning run: an open tender whose registration closes today and whose bids close tomorrow tells
 * its owner of both, each notice linking to the tender, and a second run adds none; a date next week
 * and a tender already decided say nothing.
 */
@HutongTest
class TenderReminderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TenderReminderJob job;

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
	void todaysAndTomorrowsDatesOfAnOpenTenderRemindItsOwnerOnce() throws Exception {
		Deals deals = new Deals(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts),
				userDetails, tokens);
		LocalDate today = LocalDate.now(EnterpriseZone.DEFAULT);
		long due = tender(deals, today, today.plusDays(1), today.plusDays(8));
		long later = tender(deals, today.plusDays(7), today.plusDays(9), today.plusDays(10));

		job.runAll();
		await().atMost(Duration.ofSeconds(10)).until(() -> notices(due) == 2);
		job.runAll();
		Thread.sleep(500);
		assertThat(notices(due)).isEqualTo(2);
		assertThat(notices(later)).isZero();
		String inbox = mvc.perform(get("/notifications").with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(inbox).contains("/sales/tenders/" + due).contains("请及时报名").contains("请按时递交投标文件");
	}

	private long tender(Deals deals, LocalDate registration, LocalDate deadline, LocalDate opening) throws Exception {
		String location = mvc.perform(post("/api/v1/tenders").header("Authorization", deals.token("sales"))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"title": "提醒测试招标", "opportunityId": %d, "registrationDue": "%s",
					 "bidDeadline": "%sT09:30:00", "openingAt": "%sT09:30:00"}
					""".formatted(deals.open("sales"), registration, deadline, opening)))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private int notices(long tender) {
		return jdbc.queryForObject("select count(*) from notifications_notification where kind = 'TENDER_DATE_DUE' "
				+ "and source_key like ?", Integer.class, "tender:" + tender + ":%");
	}
}
