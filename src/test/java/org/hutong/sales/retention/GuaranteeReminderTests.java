package org.hutong.sales.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.hutong.sales.contract.Quotes;
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
 * The morning reminder of a bank guarantee, on fixed days: 35 days before it expires nothing is sent;
 * within 30 days its owner is told once, however often the job runs that morning or the next; extended
 * to a later day, it is reminded once more.
 */
@HutongTest
class GuaranteeReminderTests {

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
	GuaranteeReminderRepository reminders;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void aGuaranteeExpiringWithinThirtyDaysRemindsItsOwnerOncePerExpiryDay() throws Exception {
		// mornings of their own, far ahead, so runs of this test on a kept database never meet
		LocalDate today = LocalDate.of(2040, 1, 1).plusDays(System.currentTimeMillis() / 1000 % 20_000);
		long contract = quotes().effectiveContract("sales", LocalDate.now(SHANGHAI).minusDays(3));
		long retention = await().atMost(Duration.ofSeconds(20)).until(() -> demo(() -> jdbc.sql(
				"SELECT MIN(id) FROM sales_retention WHERE tenant_id = :tenantId AND contract_id = :contract")
			.param("contract", contract).query(Long.class).optional().orElse(null)), id -> id != null);
		expireOn(retention, today.plusDays(20));

		job(today.minusDays(15)).runAll();
		assertThat(sent(retention)).as("35 days ahead").isZero();
		job(today).runAll();
		job(today).runAll();
		job(today.plusDays(1)).runAll();
		assertThat(sent(retention)).isEqualTo(1);
		String first = "contract:" + contract + ":guarantee:" + retention + ":" + today.plusDays(20);
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(first).size() == 1);
		Map<String, Object> notice = notices(first).get(0);
		assertThat(notice.get("kind")).isEqualTo("GUARANTEE_EXPIRING");
		assertThat(((Number) notice.get("recipient_id")).longValue())
			.isEqualTo(new TestUsers(userDetails).load("demo", "sales").userId());
		assertThat(notice.get("excerpt").toString()).contains("BH-T" + retention).contains("中国银行许昌分行").contains("¥5,000.00");

		expireOn(retention, today.plusDays(25));
		job(today.plusDays(2)).runAll();
		job(today.plusDays(2)).runAll();
		assertThat(sent(retention)).as("extended: reminded again").isEqualTo(2);
		String second = "contract:" + contract + ":guarantee:" + retention + ":" + today.plusDays(25);
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(second).size() == 1);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> notices(first).size() == 1);
	}

	private GuaranteeReminderJob job(LocalDate morning) {
		Clock clock = Clock.fixed(morning.atTime(7, 45).atZone(SHANGHAI).toInstant(), SHANGHAI);
		return new GuaranteeReminderJob(enterprises, new GuaranteeReminders(jdbc, reminders, events, clock, transactions));
	}

	private void expireOn(long retention, LocalDate day) {
		demo(() -> jdbc.sql("""
				UPDATE sales_retention SET guarantee_number = :number, guarantee_bank = '中国银行许昌分行', guarantee_amount = 5000,
				  guarantee_issued_on = :issued, guarantee_expires_on = :expires WHERE tenant_id = :tenantId AND id = :id""")
			.param("number", "BH-T" + retention).param("issued", day.minusYears(1)).param("expires", day).param("id", retention)
			.update());
	}

	private long sent(long retention) {
		return demo(() -> reminders.countByRetentionId(retention));
	}

	private List<Map<String, Object>> notices(String key) {
		return demo(() -> jdbc.sql("SELECT kind, recipient_id, excerpt FROM notifications_notification WHERE tenant_id = :tenantId "
				+ "AND source_key = :key").param("key", key).query().listOfRows());
	}

	private <T> T demo(java.util.function.Supplier<T> work) {
		return new DemoTenants(tenants, transactions).call("demo", work);
	}

	private Quotes quotes() {
		return new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails,
				tokens);
	}
}
