package org.hutong.projects.checkup;

import java.util.List;

import org.hutong.projects.project.ProjectJudgements;
import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, after the demo and the other seeds: projects under way that were never judged (made
 * before health was kept, or seeded by SQL) get their light, so no card shows none until the night.
 */
@Component
@Order(95)
class HealthBackfill implements StartupSeed {

	private final Tenants tenants;

	private final ProjectJudgements judgements;

	private final HealthCheckup checkup;

	private final TransactionTemplate transactions;

	HealthBackfill(Tenants tenants, ProjectJudgements judgements, HealthCheckup checkup,
			TransactionTemplate transactions) {
		this.tenants = tenants;
		this.judgements = judgements;
		this.checkup = checkup;
		this.transactions = transactions;
	}

	@Override
	public void seed() {
		tenants.all().forEach(tenant -> TenantContext.runAs(tenant.getId(), () -> {
			List<Long> ids;
			do {
				ids = transactions.execute(status -> judgements.neverJudged(tenant.getId(), HealthCheckup.BATCH));
				List<Long> batch = ids;
				transactions.executeWithoutResult(status -> checkup.judge(tenant.getId(), batch));
			}
			while (ids.size() == HealthCheckup.BATCH);
		}));
	}
}
