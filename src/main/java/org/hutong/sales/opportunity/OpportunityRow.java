package org.hutong.sales.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.hutong.sales.pipeline.StageOutcome;

/** A deal as lists, the board and the customer's 商机 tab show it. */
public record OpportunityRow(long id, String name, long customerId, String customerName, long ownerId,
		String ownerName, long pipelineId, long stageId, String stageName, int probability, StageOutcome outcome,
		BigDecimal amount, LocalDate expectedClose, Instant updatedAt, long version) {

	/** The amount weighted by the stage's win probability. */
	public BigDecimal weighted() {
		return amount == null ? null
				: amount.multiply(BigDecimal.valueOf(probability)).movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP);
	}

	public boolean open() {
		return outcome == null;
	}
}
