package org.hutong.sales.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.EveryEnterprise;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A contract nearing its end, on fixed mornings: 35 days before nothing is sent; within 30 days its
 * owner is told once, however often the job runs that morning or the next; extended to a later end,
 * it is reminded once more; with the enterprise's days set to 10, only from 10 days before. Its page
 * says "10 天后到期", and "已到期" once the day has passed.
 */
@HutongTest
class ContractExpiryReminderTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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
	TenantJdbc jdbc;

	@Autowired
	EveryEnterprise enterprises;

	@Autowired
	ContractPolicies policies;

	@Autowired
	ContractExpiryReminderRepository reminders;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void aContractEndingWithinTheDaysRemindsItsOwnerOncePerEndDate() throws Exception {
		// mornings of their own, far ahead, where no demo contract is still in effect
		LocalDate today = LocalDate.of(2040, 1, 1).plusDays(System.currentTimeMillis() / 1000 % 20_000);
		long contract = quotes().effectiveContract("sales", LocalDate.now(SHANGHAI).minusDays(3));
		endOn(contract, today.plusDays(20));

		job(today.minusDays(15)).runAll();
		assertThat(sent(contract)).as("35 days ahead").isZero();
		job(today).runAll();
		job(today).runAll();
		job(today.plusDays(1)).runAll();
		assertThat(sent(contract)).isEqualTo(1);
		String first = "contract:" + contract + ":expiring:" + today.plusDays(20);
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(first).size() == 1);
		Map<String, Object> notice = notices(first).get(0);
		assertThat(notice.get("kind")).isEqualTo("CONTRACT_EXPIRING");
		assertThat(((Number) notice.get("recipient_id")).longValue())
			.isEqualTo(new TestUsers(userDetails).load("demo", "sales").userId());
		assertThat(notice.get("excerpt").toString()).contains(number(contract)).contains("开关柜采购合同");

		endOn(contract, today.plusDays(25));
		job(today.plusDays(2)).runAll();
		job(today.plusDays(2)).runAll();
		assertThat(sent(contract)).as("extended: reminded again").isEqualTo(2);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> notices("contract:" + contract + ":expiring:" + today.plusDays(25)).size() == 1);

		setExpiryDays(10);
		try {
			endOn(contract, today.plusDays(60));
			job(today.plusDays(40)).runAll();
			assertThat(sent(contract)).as("20 days ahead, the enterprise reminds 10 days ahead").isEqualTo(2);
			job(today.plusDays(51)).runAll();
			assertThat(sent(contract)).isEqualTo(3);
		}
		finally {
			setExpiryDays(30);
		}
	}

	@Test
	void theContractsPageSaysWhenItsEndIsNearOrPast() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(3));
		endOn(contract, today.plusDays(40));
		assertThat(page(contract)).doesNotContain("天后到期").doesNotContain("已到期");
		endOn(contract, today.plusDays(10));
		assertThat(page(contract)).contains("10 天后到期");
		endOn(contract, today.minusDays(1));
		assertThat(page(contract)).contains("已到期（" + today.minusDays(1) + "）");
	}

	private ContractExpiryJob job(LocalDate morning) {
		Clock clock = Clock.fixed(morning.atTime(7, 50).atZone(SHANGHAI).toInstant(), SHANGHAI);
		return new ContractExpiryJob(enterprises, policies,
				new ContractExpiryReminders(jdbc, reminders, events, clock, transactions));
	}

	private void setExpiryDays(int days) throws Exception {
		new ContractPolicyFixtures(mvc, userDetails, demo(), policies).reminderDays(days,
				ContractPolicy.DEFAULT_DUE_SOON_DAYS);
	}

	private void endOn(long contract, LocalDate day) {
		demo().call("demo", () -> jdbc.sql("UPDATE sales_contract SET ends_on = :day WHERE tenant_id = :tenantId AND id = :id")
			.param("day", day).param("id", contract).update());
	}

	private long sent(long contract) {
		return demo().call("demo", () -> reminders.countByContractId(contract));
	}

	private String number(long contract) {
		return demo().call("demo", () -> jdbc.sql("SELECT number FROM sales_contract WHERE tenant_id = :tenantId AND id = :id")
			.param("id", contract).query(String.class).single());
	}

	private String page(long contract) throws Exception {
		return mvc.perform(get("/sales/contracts/{id}", contract).with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private List<Map<String, Object>> notices(String key) {
		return demo().call("demo", () -> jdbc.sql("SELECT kind, recipient_id, excerpt FROM notifications_notification "
				+ "WHERE tenant_id = :tenantId AND source_key = :key").param("key", key).query().listOfRows());
	}

	private DemoTenants demo() {
		return new DemoTenants(tenants, transactions);
	}

	private Quotes quotes() {
		return new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails,
				tokens);
	}
}
