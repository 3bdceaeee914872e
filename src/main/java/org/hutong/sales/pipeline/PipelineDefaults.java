package org.hutong.sales.pipeline;

import org.hutong.identity.TenantDefaults;
import org.springframework.stereotype.Component;

/** A new enterprise starts with the 直销 pipeline and the default lost reasons, in the transaction that sets it up. */
@Component
class PipelineDefaults implements TenantDefaults {

	private final Pipelines pipelines;

	PipelineDefaults(Pipelines pipelines) {
		this.pipelines = pipelines;
	}

	@Override
	public void seed() {
		pipelines.seedDefaults();
	}
}
