package org.hutong.projects.lifecycle;

import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: 方案评审 is judged by 李明 (manager) and 张伟 (rd) by name, beside the role every enterprise
 * starts with — in the demo's templates and in the phases its projects copied — so a review the
 * manager requests goes to 张伟, as a real design review would. Adds only who is missing.
 */
@Component
@Order(58)
@ConditionalOnBooleanProperty("hutong.demo")
class GatekeeperDemoData implements StartupSeed {

	static final String PHASE = "方案评审";

	private static final String PEOPLE = "JOIN identity_user u ON u.tenant_id = p.tenant_id AND u.username IN ('manager', 'rd') ";

	private final Tenants tenants;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	GatekeeperDemoData(Tenants tenants, JdbcClient jdbc, TransactionTemplate transactions) {
		this.tenants = tenants;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> {
					add("projects_template_gatekeeper", "projects_template_phase", demo.getId());
					add("projects_phase_gatekeeper", "projects_phase", demo.getId());
				})));
	}

	private void add(String gatekeepers, String phases, long tenantId) {
		jdbc.sql("INSERT INTO " + gatekeepers + " (tenant_id, phase_id, user_id) SELECT p.tenant_id, p.id, u.id FROM "
				+ phases + " p " + PEOPLE + "WHERE p.tenant_id = :tenant AND p.name = :phase AND NOT EXISTS "
				+ "(SELECT 1 FROM " + gatekeepers + " g WHERE g.phase_id = p.id AND g.user_id = u.id)")
			.param("tenant", tenantId)
			.param("phase", PHASE)
			.update();
	}
}
