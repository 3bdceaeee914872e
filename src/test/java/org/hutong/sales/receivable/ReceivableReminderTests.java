package org.hutong.sales.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.hutong.HutongTest;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.sales.contract.ContractPolicies;
import org.hutong.sales.contract.ContractPolicyFixtures;
import org.hutong.sales.contract.OwedSums;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The morning reminders: a term falling due in three days and one two days overdue remind their
 * owner once each, and the overdue one (its due day reached within the week) is a TermFallenDue —
 * however often the job runs. A term due in ten days is reminded only once the enterprise's
 * 回款提醒提前天数 reach that far.
 */
@HutongTest
class ReceivableReminderTests {

	@Autowired
	ReceivableReminderJob job;

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	OwedSums sums;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	@Autowired
	MockMvc mvc;

	@Autowired
	ContractPolicies policies;

	@Test
	void eachTermRemindsItsOwnerOncePerKind() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		CustomerFixtures fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		long customer = fixtures.customer("sales").getId();
		long contract = new OwedTerms(jdbc, new DemoTenants(tenants, transactions), sums).contract(customer,
				fixtures.userId("sales"), List.of(new OwedTerms.Owed(today.plusDays(3), new BigDecimal("300.00")),
						new OwedTerms.Owed(today.minusDays(2), new BigDecimal("200.00"))));
		job.runAll();
		job.runAll();
		assertThat(count("SELECT COUNT(*) FROM sales_receivable_reminder WHERE tenant_id = :tenantId AND contract_id = :key",
				contract)).isEqualTo(3);
		assertThat(count("""
				SELECT COUNT(*) FROM sales_receivable_reminder WHERE tenant_id = :tenantId AND contract_id = :key
				AND term_position = 2 AND kind IN ('DUE', 'OVERDUE')""", contract)).isEqualTo(2);
		String soon = "contract:" + contract + ":term_due_soon:1:" + today.plusDays(3);
		String overdue = "contract:" + contract + ":term_overdue:2:" + today.minusDays(2);
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(soon) == 1 && notices(overdue) == 1);
		job.runAll();
		assertThat(notices(soon)).isEqualTo(1);
	}

	@Test
	void theEnterprisesDueSoonDaysDecideHowFarAheadATermIsReminded() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		CustomerFixtures fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		long contract = new OwedTerms(jdbc, new DemoTenants(tenants, transactions), sums).contract(
				fixtures.customer("sales").getId(), fixtures.userId("sales"),
				List.of(new OwedTerms.Owed(today.plusDays(10), new BigDecimal("500.00"))));
		String soon = "SELECT COUNT(*) FROM sales_receivable_reminder WHERE tenant_id = :tenantId AND contract_id = :key "
				+ "AND kind = 'SOON'";
		job.runAll();
		assertThat(count(soon, contract)).as("7 days ahead by default").isZero();
		ContractPolicyFixtures settings = new ContractPolicyFixtures(mvc, userDetails,
				new DemoTenants(tenants, transactions), policies);
		settings.reminderDays(30, 12);
		try {
			job.runAll();
			job.runAll();
			assertThat(count(soon, contract)).isEqualTo(1);
			String key = "contract:" + contract + ":term_due_soon:1:" + today.plusDays(10);
			await().atMost(Duration.ofSeconds(20)).until(() -> notices(key) == 1);
		}
		finally {
			settings.defaults();
		}
	}

	private long notices(String key) {
		return count("SELECT COUNT(*) FROM notifications_notification WHERE tenant_id = :tenantId AND source_key = :key", key);
	}

	private long count(String sql, Object key) {
		return new DemoTenants(tenants, transactions).call("demo",
				() -> jdbc.sql(sql).param("key", key).query(Long.class).single());
	}
}
