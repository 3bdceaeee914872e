package org.hutong.approvals.form;

import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enterprises set up before forms existed get the stock forms at the next start, and stock fields
 * that became richer since (a number that now links a customer). A migration cannot write them:
 * their definitions live in code, as JSON the application builds. Once each enterprise has them
 * this is two cheap queries per enterprise.
 */
@Component
@Order(11)
class StockFormBackfill implements StartupSeed {

	private final Tenants tenants;

	private final FormDefinitionRepository forms;

	private final FormManagement management;

	private final TransactionTemplate transactions;

	StockFormBackfill(Tenants tenants, FormDefinitionRepository forms, FormManagement management,
			TransactionTemplate transactions) {
		this.tenants = tenants;
		this.forms = forms;
		this.management = management;
		this.transactions = transactions;
	}

	@Override
	public void seed() {
		for (Tenant tenant : tenants.all()) {
			TenantContext.runAs(tenant.getId(), () -> transactions.executeWithoutResult(status -> {
				if (forms.countByStockTrue() < StockForms.ALL.size()) {
					management.seedStockForms();
				}
				management.upgradeStockForms();
			}));
		}
	}
}
