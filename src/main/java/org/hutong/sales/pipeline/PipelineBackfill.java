package org.hutong.sales.pipeline;

import java.util.List;

import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enterprises set up before pipelines existed get the defaults at the next start (two counts each
 * after); in demo mode the demo enterprise also gets its 国网/南网招标 pipeline.
 */
@Component
@Order(13)
class PipelineBackfill implements StartupSeed {

	private final Pipelines pipelines;

	private final Tenants tenants;

	private final TransactionTemplate transactions;

	private final boolean demo;

	PipelineBackfill(Pipelines pipelines, Tenants tenants, TransactionTemplate transactions,
			@Value("${hutong.demo:false}") boolean demo) {
		this.pipelines = pipelines;
		this.tenants = tenants;
		this.transactions = transactions;
		this.demo = demo;
	}

	@Override
	public void seed() {
		for (Tenant tenant : tenants.all()) {
			TenantContext.runAs(tenant.getId(), () -> transactions.executeWithoutResult(status -> {
				pipelines.seedDefaults();
				if (demo && "demo".equals(tenant.getCode())) {
					pipelines.seed("国网/南网招标", List.of(new Pipeline.OpenStage("项目信息", 10),
							new Pipeline.OpenStage("资格预审", 25), new Pipeline.OpenStage("购买标书", 40),
							new Pipeline.OpenStage("投标", 60), new Pipeline.OpenStage("开标评标", 80)), "中标", "未中标");
				}
			}));
		}
	}
}
