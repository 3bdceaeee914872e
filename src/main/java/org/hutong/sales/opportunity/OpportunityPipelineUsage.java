package org.hutong.sales.opportunity;

import org.hutong.sales.pipeline.PipelineUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A stage with deals on it, or a lost reason deals name, stays in the pipeline settings. */
@Component
@Transactional(readOnly = true)
class OpportunityPipelineUsage implements PipelineUsage {

	private final OpportunityRepository opportunities;

	OpportunityPipelineUsage(OpportunityRepository opportunities) {
		this.opportunities = opportunities;
	}

	@Override
	public boolean stageInUse(long stageId) {
		return opportunities.existsByStageId(stageId);
	}

	@Override
	public boolean lostReasonInUse(long reasonId) {
		return opportunities.existsByLostReasonId(reasonId);
	}
}
