package org.hutong.sales.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.hutong.HutongTest;
import org.hutong.identity.DemoTenants;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo starts with two years of contracts: in effect, being carried out, completed and
 * terminated; shipped, accepted, invoiced; paid by transfer and 承兑汇票 with terms overdue in several
 * ageing buckets; 质保金 not due, asked back, collected and held by a quality claim.
 */
@HutongTest
class SalesHistoryDemoTests {

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TenantJdbc jdbc;

	@Test
	void theDemoHoldsContractsInEveryStateWithTheirMoneyStory() {
		assertThat(count("SELECT COUNT(*) FROM sales_contract WHERE tenant_id = :tenantId")).isGreaterThanOrEqualTo(50);
		assertThat(strings("SELECT DISTINCT status FROM sales_contract WHERE tenant_id = :tenantId"))
			.contains("DRAFT", "APPROVING", "EFFECTIVE", "EXECUTING", "COMPLETED", "TERMINATED");
		assertThat(count("SELECT COUNT(*) FROM sales_acceptance WHERE tenant_id = :tenantId AND kind = 'FINAL'")).isGreaterThan(20);
		assertThat(count("SELECT COUNT(*) FROM sales_invoice WHERE tenant_id = :tenantId AND status = 'ISSUED'")).isGreaterThan(10);
		assertThat(count("SELECT COUNT(*) FROM sales_receipt WHERE tenant_id = :tenantId AND method = 'DRAFT' AND status = 'CONFIRMED'"))
			.isPositive();
		// overdue terms more than 30 and more than 180 days old
		assertThat(count("SELECT COUNT(*) FROM sales_contract_term WHERE tenant_id = :tenantId AND owed_on < CURRENT_DATE - 31"))
			.isPositive();
		assertThat(count("SELECT COUNT(*) FROM sales_contract_term WHERE tenant_id = :tenantId AND owed_on < CURRENT_DATE - 181"))
			.isPositive();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(strings("SELECT DISTINCT state FROM sales_retention WHERE tenant_id = :tenantId"))
				.contains("OPEN", "REQUESTED", "COLLECTED");
			assertThat(count("SELECT COUNT(*) FROM sales_retention_claim WHERE tenant_id = :tenantId AND status = 'OPEN'"))
				.isPositive();
			assertThat(count("SELECT COUNT(*) FROM sales_retention WHERE tenant_id = :tenantId AND guarantee_number IS NOT NULL"))
				.isPositive();
		});
	}

	private long count(String sql) {
		return new DemoTenants(tenants, transactions).call("demo", () -> jdbc.sql(sql).query(Long.class).single());
	}

	private List<String> strings(String sql) {
		return new DemoTenants(tenants, transactions).call("demo", () -> jdbc.sql(sql).query(String.class).list());
	}
}
