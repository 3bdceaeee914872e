package org.hutong.projects.project;

import org.hutong.projects.lifecycle.LifecycleTemplates;
import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Enterprises set up before projects existed get the default types and lifecycle templates at the next start. */
@Component
@Order(14)
class ProjectsBackfill implements StartupSeed {

	private final ProjectTypes types;

	private final LifecycleTemplates templates;

	private final Tenants tenants;

	private final TransactionTemplate transactions;

	ProjectsBackfill(ProjectTypes types, LifecycleTemplates templates, Tenants tenants, TransactionTemplate transactions) {
		this.types = types;
		this.templates = templates;
		this.tenants = tenants;
		this.transactions = transactions;
	}

	@Override
	public void seed() {
		for (Tenant tenant : tenants.all()) {
			TenantContext.runAs(tenant.getId(), () -> transactions.executeWithoutResult(status -> {
				types.seedDefaults();
				templates.seedDefaults();
			}));
		}
	}
}
