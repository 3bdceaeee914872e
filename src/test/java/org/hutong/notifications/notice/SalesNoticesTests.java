package org.hutong.notifications.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.notifications.NotificationFixtures;
import org.hutong.sales.InvoiceIssued;
import org.hutong.sales.RetentionReleased;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An invoice finance issued and a 质保金 come back tell the contract's owner, once each however often the
 * event is delivered, linking to the contract, in either language; an invoice the owner recorded
 * herself tells nobody.
 */
@HutongTest
class SalesNoticesTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	MockMvc mvc;

	NotificationFixtures fixtures;

	long tenant;

	long sales;

	long finance;

	@BeforeEach
	void setUp() {
		fixtures = new NotificationFixtures(events, transactions, jdbc, new TestUsers(userDetails));
		tenant = fixtures.user("demo", "sales").tenantId();
		sales = fixtures.id("demo", "sales");
		finance = fixtures.id("demo", "finance");
	}

	@Test
	void anInvoiceIssuedAndARetentionBackTellTheOwnerOnceEachEvenWhenReplayed() throws Exception {
		long contract = NotificationFixtures.nextId();
		long invoice = NotificationFixtures.nextId();
		long retention = NotificationFixtures.nextId();
		String number = "HT-N" + contract;
		InvoiceIssued issued = new InvoiceIssued(tenant, contract, invoice, new BigDecimal("12000.00"), LocalDate.now(), number,
				"CNY", 0, sales, finance);
		RetentionReleased back = new RetentionReleased(tenant, retention, contract, number, 0, new BigDecimal("3000.00"), sales,
				Instant.now());
		fixtures.publish(issued);
		fixtures.publish(back);
		fixtures.publish(issued);
		fixtures.publish(back);

		String invoiced = "contract:" + contract + ":invoice:" + invoice;
		String released = "contract:" + contract + ":retention:" + retention;
		await().atMost(Duration.ofSeconds(10)).until(() -> rows(invoiced).size() == 1 && rows(released).size() == 1);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
			.until(() -> rows(invoiced).size() == 1 && rows(released).size() == 1);
		Map<String, Object> invoiceNotice = rows(invoiced).get(0);
		assertThat(invoiceNotice.get("kind")).isEqualTo("INVOICE_ISSUED");
		assertThat(invoiceNotice.get("excerpt")).isEqualTo(number + " · ¥12,000.00");
		assertThat(((Number) invoiceNotice.get("recipient_id")).longValue()).isEqualTo(sales);
		assertThat(((Number) invoiceNotice.get("actor_id")).longValue()).isEqualTo(finance);
		assertThat(rows(released).get(0).get("kind")).isEqualTo("RETENTION_RELEASED");
		assertThat(rows(released).get(0).get("excerpt")).isEqualTo(number + " · ¥3,000.00");

		String inbox = inbox("zh-CN");
		assertThat(inbox).contains("发票已开具").contains("质保金已收回").contains("/sales/contracts/" + contract);
		assertThat(inbox("en")).contains("An invoice was issued").contains("The retention money came back");

		long ownInvoice = NotificationFixtures.nextId();
		fixtures.publish(new InvoiceIssued(tenant, contract, ownInvoice, BigDecimal.TEN, LocalDate.now(), number, "CNY", 0,
				sales, sales));
		fixtures.publish(new InvoiceIssued(tenant, contract, NotificationFixtures.nextId(), BigDecimal.ONE, LocalDate.now(),
				number, "CNY", 0, sales, finance));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM notifications_notification WHERE source_key LIKE ?",
					Long.class, "contract:" + contract + ":invoice:%") == 2);
		assertThat(rows("contract:" + contract + ":invoice:" + ownInvoice)).isEmpty();
	}

	private List<Map<String, Object>> rows(String sourceKey) {
		return jdbc.queryForList("SELECT * FROM notifications_notification WHERE tenant_id = ? AND source_key = ?", tenant,
				sourceKey);
	}

	private String inbox(String language) throws Exception {
		return mvc.perform(get("/notifications").header("Accept-Language", language).param("lang", language)
			.with(new TestUsers(userDetails).as("demo", "sales"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
