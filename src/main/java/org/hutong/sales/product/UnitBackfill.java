package org.hutong.sales.product;

import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Enterprises set up before the catalogue existed get the default units at the next start; one count each after. */
@Component
@Order(12)
class UnitBackfill implements StartupSeed {

	private final Catalog catalog;

	private final Tenants tenants;

	private final TransactionTemplate transactions;

	UnitBackfill(Catalog catalog, Tenants tenants, TransactionTemplate transactions) {
		this.catalog = catalog;
		this.tenants = tenants;
		this.transactions = transactions;
	}

	@Override
	public void seed() {
		for (Tenant tenant : tenants.all()) {
			TenantContext.runAs(tenant.getId(), () -> transactions.executeWithoutResult(status -> catalog.seedUnits()));
		}
	}
}
