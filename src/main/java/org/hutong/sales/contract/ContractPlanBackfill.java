package org.hutong.sales.contract;

import java.time.Clock;
import java.util.List;

import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contracts whose terms were saved before the terms kept their 回款计划 (amount, due day, what is
 * owed) get it at the next start, a few hundred contracts per transaction: the engine is Java, so a
 * migration cannot compute it. Under the start-up lock, so one node of a cluster does it; afterwards
 * it finds nothing and costs one query per enterprise.
 */
@Component
@Order(49)
class ContractPlanBackfill implements StartupSeed {

	private static final Logger log = LoggerFactory.getLogger(ContractPlanBackfill.class);

	static final int CHUNK = 200;

	private final Tenants tenants;

	private final ContractRepository contracts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ContractPlanBackfill(Tenants tenants, ContractRepository contracts, TransactionTemplate transactions, Clock clock) {
		this.tenants = tenants;
		this.contracts = contracts;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void seed() {
		for (Tenant tenant : tenants.all()) {
			int planned = TenantContext.callAs(tenant.getId(), this::planAll);
			if (planned > 0) {
				log.info("Kept the payment plan of {} contracts in tenant {}", planned, tenant.getId());
			}
		}
	}

	/** Every unplanned contract of the current enterprise, chunk by chunk; answers how many. */
	int planAll() {
		int planned = 0;
		long after = 0;
		while (true) {
			long from = after;
			List<Long> ids = transactions.execute(status -> {
				List<Long> chunk = contracts.findUnplannedAfter(from, Limit.of(CHUNK));
				contracts.findAllById(chunk).forEach(contract -> contract.refreshPlan(null, clock.instant()));
				return chunk;
			});
			if (ids == null || ids.isEmpty()) {
				return planned;
			}
			planned += ids.size();
			after = ids.get(ids.size() - 1);
		}
	}
}
